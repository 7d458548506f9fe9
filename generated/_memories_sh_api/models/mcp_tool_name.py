from ..types import OpenEnum


class McpToolName(OpenEnum):
    """Name of an MCP tool: the seven [S] tools, and the **[H]** `bulk_forget_memories` and
    `vacuum_memories`.

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
