"""Build `src/syriadefect/parse/given_names.py`: given names and the sex they tell.

    pip download --no-deps names==0.3.0 english-words==2.0.2 -d /tmp/given
    python scripts/given_names.py /tmp/given            # rewrite the module
    python scripts/given_names.py /tmp/given --check    # exit 1 if it differs

The names are the US Census Bureau's 1990 frequency lists of first names (public domain;
the `names` package, MIT, ships them as ``dist.male.first``, 1,219 names, and
``dist.female.first``, 4,275). Left out: every name that is also a lower-case English
word in the GNU Collaborative International Dictionary of English (the `english-words`
package's ``gcide_alpha_lower`` set: "rose", "bill", "will", "jordan", "may"), since
news text capitalises those at a sentence's start, and every name among the 5,000
commonest US surnames ("Clinton", "Jackson", "Lincoln"), which news text writes alone
for people, and the names of places (`_PLACES`: "Carolina", "Dakota", "America"),
which would end up inside a place's capitals ("South Carolina Democrat"). A name tells
a sex when the other list has it at a tenth of its frequency or less. The hand-made
lists in `lexicon.py` win over this module, which only adds to them.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "syriadefect" / "parse" / "given_names.py"
_SURNAME_RANK = 5000  # surnames this common are left out as given names
_SEX_RATIO = 10.0  # how much commoner for one sex a name must be to tell it
# census first names that news text writes as places
_PLACES = frozenset(
    """america asia carolina dakota denver florida georgia maryland milan nevada raleigh
    roma savannah sydney venice""".split()
)


def _census(archive: Path, member: str) -> dict[str, float]:
    """Name -> percent frequency from one of the census lists in the `names` sdist."""
    with tarfile.open(archive) as tar:
        name = next(n for n in tar.getnames() if n.endswith("/names/" + member))
        data = tar.extractfile(name)
        assert data is not None
        rows = data.read().decode("ascii").splitlines()
    return {row.split()[0].lower(): float(row.split()[1]) for row in rows if row.strip()}


def _surname_ranks(archive: Path) -> dict[str, int]:
    with tarfile.open(archive) as tar:
        name = next(n for n in tar.getnames() if n.endswith("/names/dist.all.last"))
        data = tar.extractfile(name)
        assert data is not None
        rows = data.read().decode("ascii").splitlines()
    return {row.split()[0].lower(): int(row.split()[3]) for row in rows if row.strip()}


def _english_words(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        words = pickle.loads(archive.read("english_words/data/gcide_alpha_lower.pickle"))
    return set(words)


def build(folder: Path) -> str:
    archive = next(folder.glob("names-0.3.0.tar.gz"))
    wheel = next(folder.glob("english_words-2.0.2-*.whl"))
    male = _census(archive, "dist.male.first")
    female = _census(archive, "dist.female.first")
    surnames = _surname_ranks(archive)
    words = _english_words(wheel)
    sexes: dict[str, str] = {}
    for name in sorted(set(male) | set(female)):
        if (
            name in words
            or name in _PLACES
            or surnames.get(name, _SURNAME_RANK + 1) <= _SURNAME_RANK
        ):
            continue
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        sexes[name] = "male" if m > _SEX_RATIO * f else "female" if f > _SEX_RATIO * m else ""
    lines = [
        '"""Given names from the US Census Bureau\'s 1990 first-name lists (public domain),',
        "without English words, common surnames and places; built by",
        '`scripts/given_names.py`, which says how. Generated: do not edit."""',
        "",
        "# (words in strings, split on loading: cheaper to load than a literal dict or set)",
    ]
    for label, sex in (("MALE", "male"), ("FEMALE", "female"), ("EITHER", "")):
        names = [name for name, told in sexes.items() if told == sex]
        lines += [f'{label} = """', *_wrapped(names), '"""', ""]
    return "\n".join(lines)


def _wrapped(names: list[str], width: int = 88) -> list[str]:
    rows: list[str] = []
    row = ""
    for name in names:
        if row and len(row) + 1 + len(name) > width:
            rows.append(row)
            row = name
        else:
            row = f"{row} {name}" if row else name
    rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="where the two packages were downloaded")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    module = build(args.folder)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == module
        print("up to date" if same else f"{OUT} differs from what the lists give")
        return 0 if same else 1
    OUT.write_text(module, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
