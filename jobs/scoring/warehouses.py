"""A warehouse among data words is a data warehouse, not a building of goods (issue #9).

"3+ years building data pipelines or warehouses", "warehouse schemas on Redshift": a recruiter hiring a data
engineer means where analytics data is modelled and loaded. Read as the storehouse of logistics, the word
made a warehouse supervisor's years count as a data engineer's. So, on a line that names data work (ETL,
SQL, pipelines, schemas, a warehouse product) and no goods handling (picking, shipping, inventory, forklifts),
a bare "warehouse" is read as "data warehouse".
"""

from __future__ import annotations

import re

_DATA_WORK = re.compile(
    r"\b(?:etl|elt|sql|pipelines?|schemas?|dwh|redshift|snowflake|bigquery|synapse|olap|dbt|data\s+(?:lakes?"
    r"|models?|modell?ing|marts?|platforms?)|analytics|business intelligence|bi)\b",
    re.IGNORECASE,
)
_GOODS = re.compile(
    r"\b(?:inventory|stock|picking|pickers?|packing|shipping|receiving|forklifts?|pallets?|distribution|fulfil"
    r"|fulfill|logistics|dispatch|deliveries|orders? picked|loading docks?)",
    re.IGNORECASE,
)
_BARE = re.compile(r"(?<!data )\b(warehous(?:es|e|ing))\b", re.IGNORECASE)


def read_as(text: str) -> str:
    """The text with a warehouse among data words named a data warehouse (usually the text itself)."""
    if "warehous" not in text.lower() or not _DATA_WORK.search(text) or _GOODS.search(text):
        return text
    return _BARE.sub(r"data \1", text)
