"""The link's signature, verified again."""

from __future__ import annotations

from ..models.attest_level import AttestLevel
from ..types import BaseModel


class MemoryVerifyResponse(BaseModel):
    """The link's signature, verified again."""

    signature_verified: bool
    """Whether the signature verified against the `observed_by` key enrolled on this host."""

    attest_level: AttestLevel
    """How a link or captured turn is attested."""

    signed_by: None | str
    """The signer (`observed_by`) when verified, else `null`."""

    signed_at: None | str
    """The link's `valid_from` when verified, else `null`."""
