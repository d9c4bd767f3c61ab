#!/usr/bin/env python3
"""Link quality when one corpus holds many stories.

    python3 tools/score_mixed.py target/release/crossread [DEV_DIR]

`score_all.py` reads each dev cluster on its own, so every block of
mentions is small and compared in full. Here all the clusters under
DEV_DIR (default ../shared/eval/dev) are read as one corpus, which makes
the blocks large enough for the bounded candidate search, and puts other
stories' mentions beside each story's. Each cluster's facts are then cut
out of the whole and scored against its gold with score.py; the mean link
F1 over clusters is printed last.

The articles are copied to a temporary folder (named cluster__file.txt so
that the outlets of different clusters stay apart) and removed after: the
dev texts never enter the project.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    dev = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "../shared/eval/dev")
    score = os.path.join(os.path.dirname(dev), "score.py")
    if not os.path.isdir(dev) or not os.path.isfile(score):
        print(f"skipped: no dev set at {dev}")
        return
    clusters = sorted(
        d for d in os.listdir(dev)
        if os.path.isdir(os.path.join(dev, d))
        and os.path.isfile(os.path.join(dev, f"{d}.gold.json"))
    )
    work = tempfile.mkdtemp(prefix="crossread-mixed-")
    try:
        corpus = os.path.join(work, "all")
        os.mkdir(corpus)
        for c in clusters:
            for f in os.listdir(os.path.join(dev, c)):
                if f.endswith(".txt"):
                    shutil.copy(os.path.join(dev, c, f), os.path.join(corpus, f"{c}__{f}"))
        out = subprocess.run(
            [binary, "facts", "--json", corpus], capture_output=True, check=True
        ).stdout
        whole = json.loads(out)
        f1s = []
        for c in clusters:
            prefix = c + "__"
            facts = []
            for fact in whole["facts"]:
                own = [m for m in fact["mentions"] if m["article"].startswith(prefix)]
                for m in own:
                    m["article"] = m["article"][len(prefix):]
                if own:
                    facts.append({**fact, "mentions": own})
            system = os.path.join(work, f"{c}.json")
            with open(system, "w", encoding="utf-8") as fh:
                json.dump({**whole, "facts": facts}, fh)
            result = subprocess.run(
                [sys.executable, score, "--gold", os.path.join(dev, f"{c}.gold.json"),
                 "--corpus", os.path.join(dev, c), "--system", system],
                capture_output=True, text=True, check=True,
            ).stdout.strip().splitlines()[-1]
            fields = dict(kv.split("=", 1) for kv in result.split())
            f1s.append(float(fields["link_f1"]))
            print(f"{c:36} {result}")
        print(f"clusters={len(clusters)} mean_link_f1={sum(f1s) / len(f1s):.3f}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
