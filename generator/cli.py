"""The command line: parse options, run one stage of the pipeline, print its report."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import click

from . import curate, pipeline
from .config import load_config
from .curate.ingest import ingest as ingest_pages
from .diagnostics import GeneratorError
from .read import read_document
from .regen.compare import Comparison, compare_output, render_diff
from .regen.diff import BUMPS, Report
from .regen.output import OutputReport

_ROOT = Path.cwd()


@click.group(invoke_without_command=True)
@click.option("-v", "--verbose", is_flag=True, help="Show debug output.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Generate a typed Python client from OpenAPI excerpts (run bare: merge, then generate)."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, format="%(levelname)s %(message)s"
    )
    if ctx.invoked_subcommand is None:
        project = curate.Project(_ROOT)
        committed = _committed_spec(project)
        document = ctx.invoke(merge)
        with _reporting():
            report = pipeline.spec_report(
                committed, document, load_config(project.config), str(project.merged_spec)
            )
        _echo_report(report)
        ctx.invoke(generate, bump=report.bump if report else "none")


@main.command()
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Default: spec/excerpts")
def ingest(docs: tuple[Path, ...], out: Path | None) -> None:
    """Extract every OpenAPI YAML excerpt from documentation pages into spec/excerpts/."""
    project = curate.Project(_ROOT)
    config = load_config(project.config)
    with _reporting():
        report = ingest_pages(
            list(docs), out or project.spec_dir / "excerpts", config.resource_tag_prefix
        )
    for path in report.written:
        click.echo(f"wrote {path}")
    click.echo(f"ingest: {len(report.written)} written, {len(report.unchanged)} unchanged")


@main.command()
def merge() -> dict[str, Any]:
    """Normalise and merge spec/excerpts/*.yaml + spec/overlay.yaml into spec/openapi.yaml."""
    project = curate.Project(_ROOT)
    with _reporting():
        document = curate.merge_project(project)
    click.echo(
        f"merge: {len(project.excerpts)} excerpts -> {project.merged_spec} "
        f"({sum(len(p) for p in document['paths'].values())} operations), valid"
    )
    return document


@main.command()
@click.option("--spec", type=click.Path(exists=True, path_type=Path), default=None)
@click.option("--out", type=click.Path(path_type=Path), default=None)
@click.option("--config", "config_path", type=click.Path(exists=True, path_type=Path), default=None)
@click.option(
    "--report-json",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write a machine-readable summary (operations, types, warnings) to this file.",
)
@click.option(
    "--bump",
    type=click.Choice(BUMPS),
    default="none",
    hidden=True,  # the main job passes what the change report suggests
)
@click.option(
    "--drop-custom-edits",
    is_flag=True,
    help="Write pristine files over hand edits this once (the run lists whose edits it dropped).",
)
def generate(
    spec: Path | None,
    out: Path | None,
    config_path: Path | None,
    report_json: Path | None,
    bump: str,
    drop_custom_edits: bool,
) -> None:
    """Generate the client package from an OpenAPI document (default: this repository's).

    Hand edits of generated files are merged into the new code; files you added are kept.
    Exit 1 when a merge conflicts (the file holds conflict markers), 2 when the input or the
    output directory is refused.
    """
    project = curate.Project(_ROOT)
    if spec is None:
        spec, config_path = project.merged_spec, config_path or project.config
    started = time.perf_counter()
    with _reporting():
        api, output = pipeline.generate(
            spec, out or project.generated, config_path, bump, drop_custom_edits
        )
    elapsed = time.perf_counter() - started
    if report_json is not None:
        report_json.write_text(
            json.dumps(
                {
                    "package": api.package,
                    "operations": api.operation_count,
                    "methods": sorted(
                        [f"{op.py_name}" for c in api.clients for op in c.operations]
                        + [
                            f"{r.display_path}.{op.py_name}"
                            for r in api.resources
                            for op in r.operations
                        ]
                    ),
                    "tests": {
                        f"tests/{m.name}.py::{cls}::{case.name}": ".".join(
                            filter(None, (m.accessor, case.operation.py_name))
                        )
                        for m in api.suite.modules
                        for cls in (m.class_name, m.async_class_name)
                        for case in m.cases
                    },
                    "api_key_env": api.api_key_env,
                    "base_url_env": api.base_url_env,
                    "types": len(api.type_names),
                    "warnings": list(api.warnings),
                    "seconds": round(elapsed, 3),
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    click.echo(
        f"generate: {api.package}: {api.operation_count} operations, "
        f"{len(api.type_names)} types, {len(api.warnings)} warnings -> {out or project.generated} "
        f"in {elapsed:.2f}s"
    )
    _print_output_report(output, _shown(out or project.generated))


def _print_output_report(report: OutputReport, out: Path) -> None:
    """What the run did to files the user touched; exit 1 on a conflict."""
    if report.recovered:
        click.echo("  an interrupted earlier run was rolled back first")
    click.echo(f"  {len(report.written)} files written, {len(report.removed)} removed")
    for heading, paths in (
        ("custom edits carried into the new code", report.carried),
        ("your files, kept as they are", report.adopted),
        ("edited by hand and no longer generated: kept as your files", report.orphaned),
        ("deleted by hand, written again", report.restored),
    ):
        if paths:
            click.echo(f"  {heading}: " + ", ".join(paths))
    if report.dropped:
        click.echo(
            "  hand edits dropped (pristine files written): " + ", ".join(report.dropped), err=True
        )
    for path, blocks in report.conflicts.items():
        lines = ", ".join(f"{start}-{end}" for start, end in blocks)
        click.echo(f"CONFLICT {out / path}: lines {lines}", err=True)
    if report.conflicts:
        click.echo(
            f"generate: {len(report.conflicts)} file(s) with conflicts: in each block, the lines "
            "between `<<<<<<< yours` and `=======` are your edit, those down to "
            "`>>>>>>> generated` the new code; keep what you want, delete the markers, then run "
            "generate again",
            err=True,
        )
        sys.exit(1)


@main.command()
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--config", "config_path", type=click.Path(exists=True, path_type=Path), default=None)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "any", "none"]),
    default="none",
    show_default=True,
    help="Exit 1 when the report has a breaking change (breaking) or any change (any).",
)
def diff(old: Path, new: Path, config_path: Path | None, output_format: str, fail_on: str) -> None:
    """Report what changes for callers of the client between two API descriptions."""
    with _reporting():
        report = pipeline.change_report(old, new, config_path)
    if output_format == "json":
        click.echo(json.dumps(report.as_json(), indent=2))
    else:
        click.echo(report.as_text(), nl=False)
    if (fail_on == "breaking" and report.breaking) or (fail_on == "any" and report.changes):
        sys.exit(1)


@main.command()
@click.option("--spec", type=click.Path(exists=True, path_type=Path), default=None)
@click.option("--out", type=click.Path(path_type=Path), default=None)
@click.option("--config", "config_path", type=click.Path(exists=True, path_type=Path), default=None)
def check(spec: Path | None, out: Path | None, config_path: Path | None) -> None:
    """Regenerate in memory and compare with the output directory (default: this repository's
    spec/openapi.yaml and generated/); exit 1 on drift. Hand edits that generate keeps pass."""
    project = curate.Project(_ROOT)
    out = _shown(out or project.generated)
    spec_drift, bump = "", "none"
    with _reporting():
        if spec is None:  # this repository: the merged spec and its change report too
            committed = _committed_spec(project)
            document, merged_text = curate.merged_document(project)
            config = load_config(config_path or project.config)
            report = pipeline.spec_report(committed, document, config, str(project.merged_spec))
            _echo_report(report)
            bump = report.bump if report else "none"
            spec_drift = _spec_drift(project.merged_spec, merged_text)
        else:
            config = load_config(config_path)
            document, _ = read_document(spec)
        shipped = pipeline.shipped_pyproject(out)
        _, files = pipeline.generate_files(document, pipeline.versioned(config, shipped, bump))
        comparison = compare_output(files, out, str(out), config.keep_custom_edits)
    _print_comparison(comparison, spec_drift, out)


def _spec_drift(merged_spec: Path, merged_text: str) -> str:
    """The diff from the committed merged spec to the new one, byte for byte ("" if none)."""
    committed = merged_spec.read_bytes() if merged_spec.is_file() else None
    merged = merged_text.encode("utf-8")
    return "" if committed == merged else render_diff(str(_shown(merged_spec)), committed, merged)


def _print_comparison(comparison: Comparison, spec_drift: str, out: Path) -> None:
    """Diffs first (stdout), then one line per problem with its fix (stderr); exit 1 on drift."""
    click.echo(spec_drift, nl=False)
    for drift in comparison.drift:
        click.echo(drift.diff, nl=False)
    for drift in comparison.drift:
        click.echo(f"{out / drift.path}: {drift.problem}\n    fix: {drift.hint}", err=True)
    if comparison.custom_edits:
        click.echo(
            "custom edits (generate keeps them): "
            + ", ".join(
                f"{path} (+{added} -{removed})" for path, added, removed in comparison.custom_edits
            )
        )
    if comparison.custom_files:
        click.echo("your files (generate keeps them): " + ", ".join(comparison.custom_files))
    problems = len(comparison.drift) + (1 if spec_drift else 0)
    if problems:
        click.echo(
            f"check: {problems} difference(s) from what the generator makes; run generate and "
            "commit the result",
            err=True,
        )
        sys.exit(1)
    click.echo(f"check: {out} is what the generator makes")


def _shown(path: Path) -> Path:
    """``path`` as the user would write it: relative to the current directory when inside it."""
    return path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path


def _committed_spec(project: curate.Project) -> str | None:
    """The merged spec as it is before this run (what the change report compares with)."""
    path = project.merged_spec
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _echo_report(report: Report | None) -> None:
    if report is None:
        click.echo("API changes: no committed spec/openapi.yaml to compare with")
    else:
        click.echo(report.as_text(), nl=False)


class _reporting:
    """Print diagnostics and exit 2 instead of a traceback when a stage refuses its input."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if isinstance(error, GeneratorError):
            for diagnostic in error.diagnostics:
                click.echo(str(diagnostic), err=True)
            click.echo(f"stopped: {len(error.diagnostics)} error(s); nothing was written", err=True)
            sys.exit(2)
        if isinstance(error, Exception) and not logging.getLogger().isEnabledFor(logging.DEBUG):
            # A bug of the generator, not of the input: say so in one line (-v shows the trace).
            click.echo(
                f"internal error: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
                "\n    this is a generator bug; run with -v for the traceback",
                err=True,
            )
            click.echo("stopped: nothing was written", err=True)
            sys.exit(3)
