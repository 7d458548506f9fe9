from ..types import OpenEnum


class ContextTraceRetrievalPolicySelection(OpenEnum):
    """**[H] only**: whether the strategy came from the request or the policy default.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    POLICY_DEFAULT = "policy_default"
    REQUEST = "request"
