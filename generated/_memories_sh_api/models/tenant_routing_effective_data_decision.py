"""The routing decision and what it was based on."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class TenantRoutingEffectiveDataDecision(BaseModel):
    """The routing decision and what it was based on."""

    code: str
    """`MAPPING_READY`, `AUTO_PROVISION_ELIGIBLE`, `AUTO_PROVISION_BLOCKED`, `NO_MAPPING` or
    `MAPPING_NOT_READY`."""

    reason: str
    """Explanation."""

    auto_provision_enabled: bool | None = Field(default=None, alias="autoProvisionEnabled")
    """Whether the service provisions tenant databases on first use."""

    has_platform_token: bool | None = Field(default=None, alias="hasPlatformToken")
    """Whether the service can create databases."""

    billing_eligible: bool | None = Field(default=None, alias="billingEligible")
    """Whether billing allows another project (null when not checked)."""

    billing_code: None | str = Field(default=None, alias="billingCode")
    """The billing refusal's code, if any."""

    billing_message: None | str = Field(default=None, alias="billingMessage")
    """The billing refusal's message, if any."""
