"""The embedded demo: everything in one process, and idempotent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workers.demo import SAMPLES, run_demo

TODAY = date(2026, 11, 28)


def test_demo_twice_gives_the_same_counts_and_no_new_inquiry(tmp_path: Path):
    first = run_demo(tmp_path / "demo", today=TODAY)
    n_samples = len(list(SAMPLES.glob("*.eml")))
    assert first.seeded_now and n_samples >= 30
    assert first.harvest.new == n_samples and first.counts["inquiries"] == n_samples
    assert first.counts["users"] == 4 and 180 <= first.counts["companies"] <= 220
    assert first.counts["orders"] > 1000 and first.counts["overdue payments"] > 0
    assert (tmp_path / "demo" / "tradelead.db").is_file()
    # every sample made into a lead by the offline rules, junk recognised as such
    assert sum(first.leads.values()) == n_samples and first.inquiry_status == {
        "processed": n_samples
    }
    assert first.leads["inquiry"] >= 20 and first.leads["spam"] + first.leads["phishing"] >= 5

    second = run_demo(tmp_path / "demo", today=TODAY)
    assert not second.seeded_now
    assert (second.harvest.new, second.harvest.already) == (0, n_samples)
    assert second.counts == first.counts and second.tiers == first.tiers


def test_demo_fresh_starts_over(tmp_path: Path):
    run_demo(tmp_path / "demo", today=TODAY)
    again = run_demo(tmp_path / "demo", fresh=True, today=TODAY)
    assert again.seeded_now and again.harvest.new == again.counts["inquiries"]
