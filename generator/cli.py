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
from .regen.diff import BUMPS, Report
from .regen.output import diff_trees, read_tree

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
def generate(
    spec: Path | None,
    out: Path | None,
    config_path: Path | None,
    report_json: Path | None,
    bump: str,
) -> None:
    """Generate the client package from an OpenAPI document (default: this repository's)."""
    project = curate.Project(_ROOT)
    if spec is None:
        spec, config_path = project.merged_spec, config_path or project.config
    started = time.perf_counter()
    with _reporting():
        api = pipeline.generate(spec, out or project.generated, config_path, bump)
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
def diff(
    old: Path, new: Path, config_path: Path | None, output_format: str, fail_on: str
) -> None:
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
def check() -> None:
    """Regenerate in memory and compare with spec/openapi.yaml and generated/ (exit 1 on drift)."""
    project = curate.Project(_ROOT)
    committed_spec = _committed_spec(project)
    committed_files = read_tree(project.generated)
    with _reporting():
        document, merged_text = curate.merged_document(project)
        config = load_config(project.config)
        report = pipeline.spec_report(committed_spec, document, config, str(project.merged_spec))
        bump = report.bump if report else "none"
        config = pipeline.versioned(config, committed_files.get("pyproject.toml"), bump)
        _, files = pipeline.generate_files(document, config)
    _echo_report(report)
    drift = diff_trees(
        {"openapi.yaml": merged_text}, {"openapi.yaml": committed_spec or ""}, "spec"
    )
    drift += diff_trees(files, committed_files, "generated")
    if drift:
        click.echo(drift, nl=False)
        click.echo(
            "check: the committed files differ from what the generator makes; "
            "run `python -m generator` and commit the result",
            err=True,
        )
        sys.exit(1)
    click.echo("check: spec/openapi.yaml and generated/ are up to date")


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
