"""The expected and the computed compaction trigger."""

from __future__ import annotations

from pydantic import Field

from ..models.memory_eval_trigger_result_actual_type_1 import (
    MemoryEvalTriggerResultActualType1,
)
from ..models.memory_eval_trigger_result_actual_type_2_type_1 import (
    MemoryEvalTriggerResultActualType2Type1,
)
from ..models.memory_eval_trigger_result_actual_type_3_type_1 import (
    MemoryEvalTriggerResultActualType3Type1,
)
from ..models.memory_eval_trigger_result_expected_type_1 import (
    MemoryEvalTriggerResultExpectedType1,
)
from ..models.memory_eval_trigger_result_expected_type_2_type_1 import (
    MemoryEvalTriggerResultExpectedType2Type1,
)
from ..models.memory_eval_trigger_result_expected_type_3_type_1 import (
    MemoryEvalTriggerResultExpectedType3Type1,
)
from ..types import BaseModel


class MemoryEvalTriggerResult(BaseModel):
    """The expected and the computed compaction trigger."""

    expected: (
        MemoryEvalTriggerResultExpectedType1
        | MemoryEvalTriggerResultExpectedType2Type1
        | MemoryEvalTriggerResultExpectedType3Type1
        | None
    )
    """The trigger the scenario expects."""

    actual: (
        MemoryEvalTriggerResultActualType1
        | MemoryEvalTriggerResultActualType2Type1
        | MemoryEvalTriggerResultActualType3Type1
        | None
    )
    """The trigger observed or computed from the signals."""

    matched: bool
    """Whether they are equal."""

    pass_: bool = Field(alias="pass")
    """Whether the trigger accuracy criterion is met."""
