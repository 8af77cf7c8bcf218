"""Whether a justification says the CV shows nothing for its criterion: such a criterion cannot score high.

Only a justification made of nothing but statements of absence counts. One that weighs absence against
something found ("No formal title, but led a team of five", "No Kubernetes; Docker at Acme") is a reasoned
partial score, and is left alone.
"""

from __future__ import annotations

import re

_ABSENT = re.compile(
    r"^(?:the (?:cv|resume|r[ée]sum[ée]|candidate)\s+)?"
    r"(?:(?:does|did)\s*(?:not|n[\u2019']t)\s+(?:mention|show|list|include|demonstrate|provide|contain|evidence)"
    r"|(?:has|shows|gives|provides|contains|lists)\s+no\b"
    r"|no\s+(?:evidence|mention|indication|sign|information)\b"
    r"|(?:is\s+)?not\s+(?:mentioned|found|shown|evidenced|demonstrated|listed)\b"
    r"|nothing\s+(?:in the cv\s+)?(?:about|on|for|relevant|related|mentioned|found)\b"
    r"|there\s+is\s+no\b"
    r"|sin\s+evidencia|no\s+se\s+menciona|aucune?\s+(?:mention|preuve)|keine\s+(?:angabe|erw[äa]hnung|hinweise?))",
    re.IGNORECASE,
)
# Words that turn a statement of absence into a weighed judgement.
_CONTRAST = re.compile(
    r"\b(?:but|however|although|though|yet|while|whereas|except|instead|nevertheless|still|pero|sin embargo"
    r"|mais|cependant|aber|jedoch)\b",
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(r"[.;:!?\n]+")


def claims_absence(justification: str) -> bool:
    """Whether the justification says, unqualified, that the CV shows nothing for the criterion."""
    clauses = [clause.strip() for clause in _CLAUSE_END.split(justification) if clause.strip()]
    if not clauses or _CONTRAST.search(justification):
        return False
    return all(_ABSENT.match(clause) for clause in clauses)
