"""One module per operation, each holding that operation's ``OPERATION`` descriptor."""
