"""merge_text on small texts: what is kept, where, and what conflicts."""

from __future__ import annotations

from generator.regen.merge import conflict_blocks, merge_text

BASE = "class A:\n    def one(self):\n        return 1\n\n\ndef top():\n    pass\n"


def test_changes_on_both_sides_in_different_places_merge_cleanly() -> None:
    yours = BASE.replace("return 1", "return 1  # mine")
    generated = BASE.replace("    pass\n", "    return None\n")
    merged = merge_text(BASE, yours, generated)
    assert merged.conflicts == ()
    assert merged.text == yours.replace("    pass\n", "    return None\n")


def test_additions_at_the_same_place_are_both_kept_generated_first() -> None:
    method = "\n    def {}(self):\n        return 0\n"
    yours = BASE.replace("return 1\n", "return 1\n" + method.format("mine"))
    generated = BASE.replace("return 1\n", "return 1\n" + method.format("two"))
    merged = merge_text(BASE, yours, generated)
    assert merged.conflicts == ()
    assert merged.text == BASE.replace(
        "return 1\n", "return 1\n" + method.format("two") + method.format("mine")
    )


def test_top_level_additions_at_the_end_keep_two_blank_lines_between_them() -> None:
    yours = BASE + "\n\ndef mine():\n    pass\n"
    generated = BASE + "\n\ndef two():\n    pass\n"
    merged = merge_text(BASE, yours, generated)
    assert merged.text == BASE + "\n\ndef two():\n    pass\n\n\ndef mine():\n    pass\n"


def test_changes_of_the_same_lines_conflict_with_standard_markers() -> None:
    yours = BASE.replace("return 1", "return 2")
    generated = BASE.replace("return 1", "return 3")
    merged = merge_text(BASE, yours, generated)
    assert merged.conflicts == ((3, 7),)
    assert merged.text.splitlines()[2:7] == [
        "<<<<<<< yours",
        "        return 2",
        "=======",
        "        return 3",
        ">>>>>>> generated",
    ]
    assert conflict_blocks(merged.text) == merged.conflicts


def test_crlf_and_a_missing_final_newline_do_not_make_conflicts() -> None:
    yours = BASE.replace("return 1", "return 1  # mine").replace("\n", "\r\n").rstrip("\r\n")
    generated = BASE.replace("    pass\n", "    return None\n")
    merged = merge_text(BASE, yours, generated)
    assert merged.conflicts == ()
    assert merged.text == generated.replace("return 1", "return 1  # mine")


def test_without_a_base_every_difference_conflicts() -> None:
    merged = merge_text(None, "same\nmine\n", "same\ngenerated\n")
    assert merged.text == "same\n<<<<<<< yours\nmine\n=======\ngenerated\n>>>>>>> generated\n"
    assert merge_text(None, "same\n", "same\n") == merge_text("same\n", "same\n", "same\n")


def test_an_addition_that_holds_the_other_is_kept_once() -> None:
    yours = BASE + "import json\n"
    generated = BASE + "import json\nimport re\n"
    assert merge_text(BASE, yours, generated).text == generated
