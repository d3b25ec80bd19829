"""The command line: parse options, run one stage of the pipeline, print its report."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click

from . import curate, pipeline
from .config import load_config
from .curate.ingest import ingest as ingest_pages
from .diagnostics import Diagnostic, GeneratorError, warning
from .progress import Progress
from .read import read_document
from .read.overlay import apply_overlays
from .regen.compare import Comparison, compare_output, first_changed_line, render_diff
from .regen.diff import BUMPS, Report
from .regen.output import OutputReport
from .render.cache import FormatCache, default_cache_dir

_ROOT = Path.cwd()
_Command = TypeVar("_Command", bound=Callable[..., Any])


@dataclass
class _Settings:
    """The options every command takes, wherever they stand on the command line."""

    verbose: bool = False
    output: str = "text"
    use_cache: bool = True
    progress: Progress = field(default_factory=lambda: Progress.on(sys.stderr))

    @property
    def json(self) -> bool:
        return self.output == "json"

    def run_options(self) -> pipeline.RunOptions:
        cache = FormatCache(default_cache_dir()) if self.use_cache else None
        return pipeline.RunOptions(cache=cache, progress=self.progress)

    def say(self, text: str) -> None:
        """A report line: stdout, unless stdout is reserved for JSON diagnostics."""
        self.progress.clear()
        click.echo(text, err=self.json)

    def report(self, diagnostic: Diagnostic) -> None:
        self.progress.clear()
        if self.json:
            click.echo(json.dumps(diagnostic.as_json(), ensure_ascii=False))
        else:
            click.echo(str(diagnostic), err=True)


def _settings() -> _Settings:
    settings = click.get_current_context().find_root().meta.setdefault("specgen", _Settings())
    assert isinstance(settings, _Settings)
    return settings


def _store(attribute: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if (
            param.name
            and ctx.get_parameter_source(param.name) is click.core.ParameterSource.DEFAULT
        ):
            return  # a later (or earlier) explicit use of the option must not be undone
        settings = ctx.find_root().meta.setdefault("specgen", _Settings())
        setattr(settings, attribute, value)

    return callback


def _overlay_option(command: _Command) -> _Command:
    return click.option(
        "--overlay",
        "overlays",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="An OpenAPI Overlay 1.0 document to apply to the spec first (repeatable, in order).",
    )(command)


def _shared_options(command: _Command) -> _Command:
    """The global options, accepted before or after the command name."""
    options = [
        click.option(
            "-v",
            "--verbose",
            is_flag=True,
            expose_value=False,
            callback=_store("verbose"),
            help="Show debug output (and tracebacks of internal errors).",
        ),
        click.option(
            "--format",
            "output",
            type=click.Choice(["text", "json"]),
            default="text",
            expose_value=False,
            callback=_store("output"),
            help="Diagnostics as text on stderr, or as JSON on stdout: one object per line with "
            "severity, file, line, pointer, message, hint.",
        ),
        click.option(
            "--no-cache",
            "use_cache",
            flag_value=False,
            default=True,
            expose_value=False,
            callback=_store("use_cache"),
            help="Format every file, neither reading nor writing the format cache.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group(invoke_without_command=True)
@_shared_options
@click.pass_context
def main(ctx: click.Context) -> None:
    """Generate a typed Python client from OpenAPI excerpts (run bare: merge, then generate)."""
    if ctx.invoked_subcommand is None:
        _configure_logging()
        project = curate.Project(_ROOT)
        committed = _committed_spec(project)
        document = ctx.invoke(merge)
        with _reporting():
            report = pipeline.spec_report(
                committed,
                document,
                load_config(project.config),
                str(project.merged_spec),
                pipeline.names_lock(project.generated),
            )
        _echo_report(report)
        ctx.invoke(generate, bump=report.bump if report else "none")


@main.command()
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Default: spec/excerpts")
@_shared_options
def ingest(docs: tuple[Path, ...], out: Path | None) -> None:
    """Extract every OpenAPI YAML excerpt from documentation pages into spec/excerpts/."""
    settings = _configure_logging()
    project = curate.Project(_ROOT)
    with _reporting():
        config = load_config(project.config)
        report = ingest_pages(
            list(docs), out or project.spec_dir / "excerpts", config.resource_tag_prefix
        )
    for path in report.written:
        settings.say(f"wrote {path}")
    settings.say(f"ingest: {len(report.written)} written, {len(report.unchanged)} unchanged")


@main.command()
@_shared_options
def merge() -> dict[str, Any]:
    """Normalise and merge spec/excerpts/*.yaml + spec/overlay.yaml into spec/openapi.yaml."""
    settings = _configure_logging()
    project = curate.Project(_ROOT)
    settings.progress.stage("merge")
    with _reporting():
        document = curate.merge_project(project)
    settings.say(
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
@_overlay_option
@_shared_options
def generate(
    spec: Path | None,
    out: Path | None,
    config_path: Path | None,
    report_json: Path | None,
    bump: str,
    drop_custom_edits: bool,
    overlays: tuple[Path, ...],
) -> None:
    """Generate the client package from an OpenAPI document (default: this repository's).

    Hand edits of generated files are merged into the new code; files you added are kept.
    Exit 1 when a merge conflicts (the file holds conflict markers), 2 when the input or the
    output directory is refused.
    """
    settings = _configure_logging()
    project = curate.Project(_ROOT)
    if spec is None:
        spec, config_path = project.merged_spec, config_path or project.config
    started = time.perf_counter()
    with _reporting():
        api, output = pipeline.generate(
            spec,
            out or project.generated,
            config_path,
            bump,
            drop_custom_edits,
            settings.run_options(),
            overlays,
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
                    "error_tests": {
                        f"tests/{m.name}.py::{cls}::{case.name}": (
                            f"{case.operation.http_method} {case.operation.path}"
                        )
                        for m in api.suite.modules
                        for cls in (m.class_name, m.async_class_name)
                        for case in m.cases
                        if case.kind == "error"
                    },
                    "credential_env": {c.argument: c.env_var for c in api.credentials},
                    "base_url_env": api.base_url_env,
                    "types": len(api.type_names),
                    "warnings": list(api.warnings),
                    "seconds": round(elapsed, 3),
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    settings.say(
        f"generate: {api.package}: {api.operation_count} operations, "
        f"{len(api.type_names)} types, {len(api.warnings)} warnings -> {out or project.generated} "
        f"in {elapsed:.2f}s"
    )
    _print_output_report(output, _shown(out or project.generated))


def _print_output_report(report: OutputReport, out: Path) -> None:
    """What the run did to files the user touched; exit 1 on a conflict."""
    settings = _settings()
    say = settings.say
    if report.recovered:
        say("  an interrupted earlier run was rolled back first")
    say(f"  {len(report.written)} files written, {len(report.removed)} removed")
    for heading, paths in (
        ("custom edits carried into the new code", report.carried),
        ("your files, kept as they are", report.adopted),
        ("edited by hand and no longer generated: kept as your files", report.orphaned),
        ("deleted by hand, written again", report.restored),
    ):
        if paths:
            say(f"  {heading}: " + ", ".join(paths))
    if report.dropped:
        click.echo(
            "  hand edits dropped (pristine files written): " + ", ".join(report.dropped), err=True
        )
    for path, blocks in report.conflicts.items():
        lines = ", ".join(f"{start}-{end}" for start, end in blocks)
        if settings.json:
            message = f"CONFLICT: lines {lines} hold both your edit and the new code"
            hint = "keep what you want, delete the markers, then run generate again"
            settings.report(
                Diagnostic(
                    "error", message, hint, str(out / path), line=blocks[0][0] if blocks else None
                )
            )
        else:
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
    "--fail-on",
    type=click.Choice(["breaking", "any", "none"]),
    default="none",
    show_default=True,
    help="Exit 1 when the report has a breaking change (breaking) or any change (any).",
)
@click.option(
    "--lock",
    "lock_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The names lock of the client generated from OLD (<out>/.specgen/names.lock): "
    "the report then uses the names it shipped with.",
)
@_shared_options
def diff(
    old: Path, new: Path, config_path: Path | None, fail_on: str, lock_path: Path | None
) -> None:
    """Report what changes for callers of the client between two API descriptions.

    With --format json, the report is one JSON document on stdout."""
    settings = _configure_logging()
    with _reporting():
        report = pipeline.change_report(old, new, config_path, lock_path)
    if settings.json:
        click.echo(json.dumps(report.as_json(), indent=2))
    else:
        click.echo(report.as_text(), nl=False)
    if (fail_on == "breaking" and report.breaking) or (fail_on == "any" and report.changes):
        sys.exit(1)


@main.command()
@click.option("--spec", type=click.Path(exists=True, path_type=Path), default=None)
@click.option("--out", type=click.Path(path_type=Path), default=None)
@click.option("--config", "config_path", type=click.Path(exists=True, path_type=Path), default=None)
@_overlay_option
@_shared_options
def check(
    spec: Path | None, out: Path | None, config_path: Path | None, overlays: tuple[Path, ...]
) -> None:
    """Regenerate in memory and compare with the output directory (default: this repository's
    spec/openapi.yaml and generated/); exit 1 on drift. Hand edits that generate keeps pass."""
    settings = _configure_logging()
    settings.progress.stage("merge" if spec is None else "read")
    project = curate.Project(_ROOT)
    out = _shown(out or project.generated)
    spec_drift, bump = "", "none"
    with _reporting():
        if spec is None:  # this repository: the merged spec and its change report too
            committed = _committed_spec(project)
            document, merged_text = curate.merged_document(project)
            config = load_config(config_path or project.config)
            report = pipeline.spec_report(
                committed, document, config, str(project.merged_spec), pipeline.names_lock(out)
            )
            _echo_report(report)
            bump = report.bump if report else "none"
            spec_drift = _spec_drift(project.merged_spec, merged_text)
            apply_overlays(document, overlays)  # as generate applies them to spec/openapi.yaml
        else:
            config = load_config(config_path)
            document, _ = read_document(spec, overlays)
        shipped = pipeline.shipped_pyproject(out)
        _, files = pipeline.generate_files(
            document,
            pipeline.versioned(config, shipped, bump),
            options=settings.run_options(),
            lock=pipeline.names_lock(out),
        )
        comparison = compare_output(files, out, str(out), config.keep_custom_edits)
    _print_comparison(comparison, spec_drift, out)


def _spec_drift(merged_spec: Path, merged_text: str) -> str:
    """The diff from the committed merged spec to the new one, byte for byte ("" if none)."""
    committed = merged_spec.read_bytes() if merged_spec.is_file() else None
    merged = merged_text.encode("utf-8")
    return "" if committed == merged else render_diff(str(_shown(merged_spec)), committed, merged)


def _print_comparison(comparison: Comparison, spec_drift: str, out: Path) -> None:
    """Diffs first (stdout; stderr with --format json), then one diagnostic per problem with
    its fix, at the first line that differs; exit 1 on drift."""
    settings = _settings()
    settings.progress.clear()
    click.echo(spec_drift, nl=False, err=settings.json)
    for drift in comparison.drift:
        click.echo(drift.diff, nl=False, err=settings.json)
    if spec_drift:
        where = spec_drift.partition("\n")[0].removeprefix("--- ")
        settings.report(
            Diagnostic(
                "error",
                "differs from what merge makes of spec/excerpts and the overlay",
                "run `python -m generator` and commit the result",
                where,
                line=first_changed_line(spec_drift),
            )
        )
    for drift in comparison.drift:
        settings.report(
            Diagnostic(
                "error",
                drift.problem,
                drift.hint,
                str(out / drift.path),
                line=first_changed_line(drift.diff),
            )
        )
    if comparison.custom_edits:
        settings.say(
            "custom edits (generate keeps them): "
            + ", ".join(
                f"{path} (+{added} -{removed})" for path, added, removed in comparison.custom_edits
            )
        )
    if comparison.custom_files:
        settings.say("your files (generate keeps them): " + ", ".join(comparison.custom_files))
    problems = len(comparison.drift) + (1 if spec_drift else 0)
    if problems:
        click.echo(
            f"check: {problems} difference(s) from what the generator makes; run generate and "
            "commit the result",
            err=True,
        )
        sys.exit(1)
    settings.say(f"check: {out} is what the generator makes")


def _shown(path: Path) -> Path:
    """``path`` as the user would write it: relative to the current directory when inside it."""
    return path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path


def _committed_spec(project: curate.Project) -> str | None:
    """The merged spec as it is before this run (what the change report compares with)."""
    path = project.merged_spec
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _echo_report(report: Report | None) -> None:
    settings = _settings()
    if report is None:
        settings.say("API changes: no committed spec/openapi.yaml to compare with")
    else:
        settings.say(report.as_text().rstrip("\n"))


def _configure_logging() -> _Settings:
    """Route log records through the progress display (and, for JSON, warnings to stdout)."""
    settings = _settings()
    root = logging.getLogger()
    root.handlers = [_LogHandler(settings)]
    root.setLevel(logging.DEBUG if settings.verbose else logging.INFO)
    return settings


class _LogHandler(logging.Handler):
    def __init__(self, settings: _Settings) -> None:
        super().__init__()
        self.settings = settings

    def emit(self, record: logging.LogRecord) -> None:
        if self.settings.json and record.levelno >= logging.WARNING:
            self.settings.report(warning(record.getMessage()))
            return
        self.settings.progress.clear()
        click.echo(f"{record.levelname} {record.getMessage()}", err=True)


class _reporting:
    """Print diagnostics and exit 2 instead of a traceback when a stage refuses its input."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        settings = _settings()
        if isinstance(error, GeneratorError):
            for diagnostic in error.diagnostics:
                settings.report(diagnostic)
            settings.progress.clear()
            click.echo(f"stopped: {len(error.diagnostics)} error(s); nothing was written", err=True)
            sys.exit(2)
        if isinstance(error, Exception) and not settings.verbose:
            # A bug of the generator, not of the input: say so in one line (-v shows the trace).
            settings.progress.clear()
            click.echo(
                f"internal error: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
                "\n    this is a generator bug; run with -v for the traceback",
                err=True,
            )
            click.echo("stopped: nothing was written", err=True)
            sys.exit(3)
