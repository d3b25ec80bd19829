"""Streaming: events/second consuming a 200-event /v2/chat SSE stream.

Run by hand (never in CI), from the repository root:

    python bench/bench_stream.py [--rounds 21] [--batch 20] [--profile]

Re-executes itself with bench/.work/venv-peers/bin/python (cohere, httpx2,
pydantic, uvicorn); our client comes from generated/. The local server
(bench/_servers.py, own process) sends message-start, content-start,
content-delta x195, content-end, message-end (shapes of spec/excerpts/v2.chat.yaml,
each with its `event:` line) and `data: [DONE]`, one event per write.

- floor: bare httpx2 `client.stream("POST", ...)`, `iter_lines()`, a naive
  `data: ` line parser and json.loads per event;
- ours: `ClientV2(...).chat_stream(model=..., messages=[...])`, typed events;
- official SDK: `cohere.ClientV2(...).chat_stream(...)`.

Each round times `--batch` whole streams (request included) per client, order
rotating; events/second is 200 events / the median time of one stream.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from _measure import profile, reexec_in_peers_venv, revision

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [{"role": "user", "content": "Write a long answer."}]


def make_consumers(base_url: str) -> dict[str, object]:
    import cohere
    import cohere_client
    import httpx2

    http = httpx2.Client()
    url = f"{base_url}/v2/chat"
    headers = {"Authorization": "Bearer bench-key"}

    def bare() -> list[object]:
        events = []
        with http.stream(
            "POST",
            url,
            json={"model": "command-a", "messages": MESSAGES, "stream": True},
            headers=headers,
        ) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    data = line[6:]
                    if data == "[DONE]":
                        break
                    events.append(json.loads(data))
        return events

    ours_client = cohere_client.ClientV2(api_key="bench-key", base_url=base_url)
    sdk_client = cohere.ClientV2(
        api_key="bench-key", base_url=base_url, log_warning_experimental_features=False
    )

    def ours() -> list[object]:
        return list(ours_client.chat_stream(model="command-a", messages=MESSAGES))

    def sdk() -> list[object]:
        return list(sdk_client.chat_stream(model="command-a", messages=MESSAGES))

    consumers = {"bare httpx2": bare, "ours": ours, "official SDK": sdk}
    # Every consumer must see the 200 events, typed where the client types them.
    for name, fn in consumers.items():
        events = fn()
        assert len(events) == 200, (name, len(events))
        delta = events[2]
        text = (
            delta["delta"]["message"]["content"]["text"]
            if name == "bare httpx2"
            else delta.delta.message.content.text
        )
        assert text == " word0", (name, delta)
        if name == "ours":
            kinds = {type(event).__name__ for event in events}
            assert "UnknownEvent" not in kinds, kinds
    return consumers


def measure(consumers: dict[str, object], rounds: int, batch: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in consumers}
    for fn in consumers.values():  # warm-up
        for _ in range(5):
            fn()
    names = list(consumers)
    for run in range(rounds):
        for name in names[run % 3 :] + names[: run % 3]:
            fn = consumers[name]
            started = time.perf_counter()
            for _ in range(batch):
                fn()
            samples[name].append((time.perf_counter() - started) / batch)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--profile", action="store_true", help="also cProfile our stream")
    args = parser.parse_args()
    reexec_in_peers_venv()
    from _servers import running_server

    with running_server() as base_url:
        consumers = make_consumers(base_url)
        per_stream = measure(consumers, args.rounds, args.batch)
        if args.profile:
            profile("ours chat_stream streams", consumers["ours"], 200)

    floor = 200 / per_stream["bare httpx2"]
    print("| consumer | ms per 200-event stream | events/s | vs floor (events/s) | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    for name, seconds in per_stream.items():
        rate = 200 / seconds
        target = ""
        if name == "ours":
            target = ">= 0.7x " + ("ok" if rate / floor >= 0.7 else "MISSED")
        print(f"| {name} | {seconds * 1e3:.2f} | {rate:,.0f} | {rate / floor:.2f}x | {target} |")
    print(f"\nmedians of {args.rounds} interleaved rounds of {args.batch} streams each")
    print(f"measured: {revision('generated', 'generator/templates')}")


if __name__ == "__main__":
    main()
