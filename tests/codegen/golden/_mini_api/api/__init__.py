"""``_mini_api``: one module per operation, each holding that operation's ``OPERATION`` descriptor."""
