from ..types import OpenEnum


class AgentActionKind(OpenEnum):
    """Kind of an agent action.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    BASH = "bash"
    CUSTOM = "custom"
    FILESYSTEM_WRITE = "filesystem_write"
    NETWORK_REQUEST = "network_request"
    PROCESS_SPAWN = "process_spawn"
