from __future__ import annotations

from pathlib import Path

import pytest

from generator.curate.ingest import ingest
from generator.diagnostics import GeneratorError
from tests.helpers import ROOT, SHARED

SEED_PAGES = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.mark.skipif(not SEED_PAGES, reason="shared seeds not present")
def test_ingest_writes_one_verbatim_file_per_page_and_is_idempotent(tmp_path: Path) -> None:
    first = ingest(SEED_PAGES, tmp_path, "subpackage_")
    assert len(first.written) == 14
    names = sorted(p.name for p in first.written)
    assert "models.list.yaml" in names and "root.classify.yaml" in names
    assert "finetuning.create_finetuned_model.yaml" in names
    # untouched: byte-identical to the committed excerpts, which were produced the same way
    for path in first.written:
        assert path.read_bytes() == (ROOT / "spec" / "excerpts" / path.name).read_bytes()
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    second = ingest(SEED_PAGES, tmp_path, "subpackage_")
    assert second.written == [] and len(second.unchanged) == 14
    assert before == {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}


def test_ingest_rejects_a_page_with_broken_yaml(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Broken\n\n```yaml\nopenapi: 3.1.0\npaths: [unclosed\n```\n")
    with pytest.raises(GeneratorError) as caught:
        ingest([page], tmp_path / "out", "")
    assert "page.md" in str(caught.value) and "not valid YAML" in str(caught.value)
    assert not (tmp_path / "out").exists()
