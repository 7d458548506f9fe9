from ..types import OpenEnum


class McpToolName(OpenEnum):
    """Name of an MCP tool. The seven [S] tools are listed; **[H]** adds `bulk_forget_memories`
    and `vacuum_memories` (listed too, without argument schemas here).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ADD_MEMORY = "add_memory"
    BULK_FORGET_MEMORIES = "bulk_forget_memories"
    EDIT_MEMORY = "edit_memory"
    FORGET_MEMORY = "forget_memory"
    GET_CONTEXT = "get_context"
    GET_RULES = "get_rules"
    LIST_MEMORIES = "list_memories"
    SEARCH_MEMORIES = "search_memories"
    VACUUM_MEMORIES = "vacuum_memories"
