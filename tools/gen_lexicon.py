#!/usr/bin/env python3
"""Compile WordNet 3.0 into the compact lexicon crossread embeds.

Usage:  python3 tools/gen_lexicon.py [--wordnet DIR] [--out DIR] [--check]
                                     [--sample N [--seed S]]

Reads the WordNet database as shipped by the Debian package `wordnet-base`
(default DIR /usr/share/wordnet: data.*, index.*, *.exc, cntlist.rev) and
writes, under assets/lexicon/ (default --out):

  lemmas.txt      every single-word lemma, byte-sorted, one per line:
                  "lemma<TAB>flags<TAB>concept,concept,..." (concepts may be
                  empty). flags is hex: 1 noun, 2 verb, 4 adjective, 8 adverb,
                  10 "keep": the word is itself a more frequent lemma than any
                  regular reduction of it (gas is not ga, species not specie).
  exceptions.txt  irregular inflections from the .exc files, byte-sorted:
                  "inflected<TAB>lemma" (paid->pay, men->man). Where the files
                  disagree, verb wins over noun over adjective over adverb.
  morphy.txt      WordNet's rules of detachment (morphy(7WN)):
                  "pos<TAB>suffix<TAB>ending".
  documents.txt   nouns that can name a text speaking for itself ("the suit
                  states"): one of their first DOCUMENT_SENSES senses is a
                  document or legal proceeding, or of the topic of law.
  classes.txt     the broad class of what a noun names, for nouns used in
                  WordNet's tagged corpus: "lemma<TAB>class,class", the
                  classes of its first SENSES_PER_POS noun senses, then,
                  where its other senses add some, "<TAB>class,..." for
                  all of them (a rarer sense: apprehension, an arrest). A class is
                  WordNet's lexicographer file of the sense, with those that
                  name one broad sort of thing merged (NOUN_CLASS): "being"
                  (person, group, animal), "thing" (artifact, object,
                  substance, food, plant, body), "happening" (act, event,
                  process, phenomenon); every other file is its own class.
                  Two counted nouns with no class in common ("people",
                  "devices") name different sorts of thing.
  uses.txt        how often WordNet's tagged corpus uses each lemma in each
                  part of speech, for lemmas it tags at all: "lemma<TAB>noun
                  verb adjective adverb" counts. "come" is a noun in none of
                  814 uses, "meeting" in 39, "federal" only an adjective: a
                  word rarely used as a noun rarely names what a fact
                  measures.
  collectives.txt nouns whose first sense is a group (WordNet's noun.group):
                  a number after "a crowd of", "an audience of", counts
                  the group's members.
  plurals.txt     irregular noun plurals that do not end in "s", from
                  noun.exc (children, teeth, criteria, consortia): what a
                  number may count. Forms that are themselves lemmas of a
                  verb or adjective ("dive", plural of diva) are left out.
  currencies.txt  nouns with a sense that is a kind of monetary unit ("mark",
                  "crown", "dinar"): an article that converts "3.4 million
                  marks (about 680,000 euros)" names a currency, though the
                  word has everyday senses too.
  nominals.txt    the noun that names what a verb does, for labels: "verb<TAB>
                  noun", through WordNet's derivational links from one of the
                  verb's first SENSES_PER_POS senses to a noun of an act, an
                  event, a process or a communication that the tagged corpus
                  uses
                  (resign -> resignation, testify -> testimony, meet ->
                  meeting; not the agent, "announcer"), the most used one.

A concept is a synset number, renumbered densely. A lemma's concepts are the
synsets of its first SENSES_PER_POS senses in each part of speech (WordNet
orders senses by tagged frequency, so rare senses such as bank "a flight
manoeuvre" stay out), plus the synsets those senses point to through
derivationally related forms (+) and participles (<) of this very word, and
through attributes (=). A word reached by + or < from one of those senses
also holds the sense it was reached from.
Two words are related when their lemmas share a concept. Concepts held by a
single lemma can never relate two words, so they are dropped.

The output is deterministic: rerunning on the same WordNet gives the same
bytes. Only the Python standard library is used.
"""

import argparse
import collections
import os
import sys

SENSES_PER_POS = 2
# Pointers between words: derivationally related form, participle of verb.
WORD_LINKS = {"+", "<"}
# Pointers between whole synsets: attribute (dead -> life, long -> length).
# "Similar to" (&) is left out: its adjective clusters relate every number
# to every other ("15" ~ "30") and double the related pairs.
WHOLE_SYNSET_LINKS = {"="}
POS_FLAG = {"n": 0x1, "v": 0x2, "a": 0x4, "r": 0x8}
KEEP_FLAG = 0x10
POS_FILE = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Exception lists are consulted in this order; the first lemma wins.
EXC_ORDER = ["v", "n", "a", "r"]
# Sense-key ss_type digit -> part of speech (5 is an adjective satellite).
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}

# WordNet's "rules of detachment" as documented in morphy(7WN).
MORPHY_RULES = [
    ("n", "s", ""),
    ("n", "ses", "s"),
    ("n", "xes", "x"),
    ("n", "zes", "z"),
    ("n", "ches", "ch"),
    ("n", "shes", "sh"),
    ("n", "men", "man"),
    ("n", "ies", "y"),
    ("v", "s", ""),
    ("v", "ies", "y"),
    ("v", "es", "e"),
    ("v", "es", ""),
    ("v", "ed", "e"),
    ("v", "ed", ""),
    ("v", "ing", "e"),
    ("v", "ing", ""),
    ("a", "er", ""),
    ("a", "est", ""),
    ("a", "er", "e"),
    ("a", "est", "e"),
]

# Senses of a noun read for whether it can name a document, and the
# synsets (first sense of each lemma) a document's hypernyms reach.
DOCUMENT_SENSES = 4
DOCUMENT_ROOTS = ("document", "proceeding")
# The synset of "monetary unit" (WordNet 3.0 offset), the root of currencies.
MONETARY_UNIT = 13604718
# Only senses naming a text or an act can be a document: a "prosecutor" is
# of the topic of law too, but speaks as a person.
DOCUMENT_FILES = ("noun.communication", "noun.act")
# A noun that may as well name people ("source": a text, or the informant
# who "said"), in a sense found in WordNet's tagged corpus, is never taken
# for a document.
VOICE_FILES = {"noun.person", "noun.group"}

# Lexicographer files (lexnames(5WN), numbered from 0) that name one broad
# sort of thing; any other noun file is a class of its own.
NOUN_CLASS = {
    "noun.person": "being", "noun.group": "being", "noun.animal": "being",
    "noun.artifact": "thing", "noun.object": "thing", "noun.substance": "thing",
    "noun.food": "thing", "noun.plant": "thing", "noun.body": "thing",
    "noun.act": "happening", "noun.event": "happening", "noun.process": "happening",
    "noun.phenomenon": "happening",
}
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact "
            "noun.attribute noun.body noun.cognition noun.communication noun.event "
            "noun.feeling noun.food noun.group noun.location noun.motive noun.object "
            "noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance "
            "noun.time").split()

HEADER = "# WordNet 3.0 (c) 2006 Princeton University; licence in LICENSE-WordNet.\n" \
    "# Generated by tools/gen_lexicon.py; do not edit by hand.\n"


def single_word(lemma):
    return "_" not in lemma and " " not in lemma and lemma != ""


def read_index(wn):
    """(lemma, pos) -> synset offsets in WordNet's sense order."""
    senses = {}
    for pos, name in POS_FILE.items():
        with open(os.path.join(wn, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # licence header
                fields = line.split()
                lemma = fields[0]
                if not single_word(lemma):
                    continue
                p_cnt = int(fields[3])
                offsets = fields[6 + p_cnt:]
                senses[(lemma, pos)] = [(pos, int(o)) for o in offsets]
    return senses


def read_data(wn):
    """(pos, offset) -> (lowercased words, [(symbol, target, source, target word)]).

    Source and target word are 1-based positions in their synsets, 0 for a
    pointer between whole synsets."""
    synsets = {}
    for pos, name in POS_FILE.items():
        with open(os.path.join(wn, "data." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split(" | ", 1)[0].split()
                offset = int(fields[0])
                lexfile = int(fields[1])
                w_cnt = int(fields[3], 16)
                words = []
                for i in range(w_cnt):
                    word = fields[4 + 2 * i].lower()
                    # Adjective syntactic markers: "galore(ip)".
                    if word.endswith(")") and "(" in word:
                        word = word[: word.index("(")]
                    words.append(word)
                at = 4 + 2 * w_cnt
                p_cnt = int(fields[at])
                pointers = []
                for i in range(p_cnt):
                    sym, target, tpos, st = fields[at + 1 + 4 * i: at + 5 + 4 * i]
                    tpos = "a" if tpos == "s" else tpos
                    pointers.append((sym, (tpos, int(target)), int(st[:2], 16), int(st[2:], 16)))
                synsets[(pos, offset)] = (words, pointers, lexfile)
    return synsets


def read_exceptions(wn):
    """inflected -> lemma, first in EXC_ORDER; identity entries dropped."""
    table = {}
    for pos in EXC_ORDER:
        with open(os.path.join(wn, POS_FILE[pos] + ".exc"), encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                if len(fields) < 2 or not single_word(fields[0]):
                    continue
                inflected = fields[0]
                lemmas = [l for l in fields[1:] if single_word(l) and l != inflected]
                if lemmas and inflected not in table:
                    table[inflected] = lemmas[0]
    return table


def read_sense_counts(wn):
    """(lemma, pos, sense number) -> tagged-corpus frequency of that sense."""
    counts = collections.Counter()
    with open(os.path.join(wn, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, sense, count = line.split()
            lemma, rest = key.split("%", 1)
            counts[(lemma, SS_TYPE[rest[0]], int(sense))] += int(count)
    return counts


def read_counts(sense_counts):
    """(lemma, pos) -> tagged-corpus frequency summed over its senses."""
    counts = collections.Counter()
    for (lemma, pos, _sense), n in sense_counts.items():
        counts[(lemma, pos)] += n
    return counts


def reductions(word, pos_of):
    """Regular base forms of `word` that WordNet lists, as (lemma, pos)."""
    found = []
    for pos, suffix, ending in MORPHY_RULES:
        if word.endswith(suffix) and len(word) > len(suffix):
            base = word[: len(word) - len(suffix)] + ending
            if base != word and pos in pos_of.get(base, ()):
                found.append((base, pos))
    return found


def concepts_of(senses, synsets):
    raw = collections.defaultdict(set)
    for (lemma, pos), offsets in senses.items():
        for key in offsets[:SENSES_PER_POS]:
            raw[lemma].add(key)
            words, pointers, _ = synsets[key]
            here = words.index(lemma) + 1 if lemma in words else -1
            for sym, target, source, target_word in pointers:
                if sym in WHOLE_SYNSET_LINKS:
                    raw[lemma].add(target)
                elif sym in WORD_LINKS and source == here:
                    raw[lemma].add(target)
                    # The pointer names the related word, which meets this
                    # sense even when the target is one of its rarer senses
                    # (settle "resolve" -> settlement "conclusive resolution").
                    other = synsets[target][0][target_word - 1]
                    if (other, target[0]) in senses:
                        raw[other].add(key)
    holders = collections.Counter(k for keys in raw.values() for k in keys)
    # Dense numbers, most shared first, so the common ids are short.
    shared = sorted((k for k, n in holders.items() if n > 1),
                    key=lambda k: (-holders[k], k))
    number = {k: i for i, k in enumerate(shared)}
    return {lemma: sorted(number[k] for k in keys if k in number)
            for lemma, keys in raw.items()}


NOMINAL_FILES = {"noun.act", "noun.event", "noun.process", "noun.phenomenon",
                 "noun.communication"}


def nominals(senses, synsets, counts):
    """verb -> the noun naming what it does (see nominals.txt above)."""
    out = {}
    for (lemma, pos), offsets in senses.items():
        if pos != "v":
            continue
        found = []
        for key in offsets[:SENSES_PER_POS]:
            words, pointers, _ = synsets[key]
            here = words.index(lemma) + 1 if lemma in words else -1
            for sym, target, source, target_word in pointers:
                if sym != "+" or target[0] != "n" or source != here:
                    continue
                t_words, _, t_file = synsets[target]
                noun = t_words[target_word - 1]
                # A noun the tagged corpus never uses ("allegement") is no
                # word a reader would expect.
                if (LEXNAMES[t_file] in NOMINAL_FILES and single_word(noun)
                        and counts[(noun, "n")] > 0):
                    found.append(noun)
        if found:
            out[lemma] = max(found, key=lambda n: (counts[(n, "n")], -found.index(n)))
    return out


def reaches_hypernym(synsets, key, targets):
    """Whether synset `key` is one of `targets` or reaches one through
    hypernyms, instance links included."""
    seen, stack = set(), [key]
    while stack:
        k = stack.pop()
        if k in targets:
            return True
        if k in seen:
            continue
        seen.add(k)
        stack.extend(t for sym, t, _s, _t in synsets[k][1] if sym in ("@", "@i"))
    return False


def documents(senses, synsets, sense_counts):
    """Nouns of everyday use that can name a text speaking for itself.

    A noun qualifies when one of its first DOCUMENT_SENSES senses is a kind
    of document or legal proceeding (its hypernyms reach one of
    DOCUMENT_ROOTS) or belongs to the topic of law (its domain pointer, ";c",
    reaches the first sense of "law" through hypernyms: civil law, criminal
    law), and is a communication or an act, and no sense in use (tagged in
    WordNet's corpus) names a person or group ("source" may be an
    informant). So "suit", "lawsuit", "indictment", "complaint", "report" and
    "ruling" qualify, while "letter" and "statement", which a person writes
    or makes, do not."""
    def first_sense(lemma):
        return senses[(lemma, "n")][0]
    roots = {first_sense(l) for l in DOCUMENT_ROOTS}
    law = first_sense("law")

    lines = []
    for (lemma, pos), offsets in senses.items():
        if pos != "n":
            continue
        if any(LEXNAMES[synsets[key][2]] in VOICE_FILES and sense_counts[(lemma, "n", k + 1)]
               for k, key in enumerate(offsets)):
            continue
        for key in offsets[:DOCUMENT_SENSES]:
            if LEXNAMES[synsets[key][2]] not in DOCUMENT_FILES:
                continue
            domains = [t for sym, t, _s, _t in synsets[key][1] if sym == ";c"]
            if reaches_hypernym(synsets, key, roots) or any(
                    reaches_hypernym(synsets, d, {law}) for d in domains):
                lines.append(lemma)
                break
    return lines


def currencies(senses, synsets):
    """Single-word nouns one of whose senses reaches WordNet's "monetary
    unit" through hypernyms (instance links too), sorted."""
    # "monetary unit" is two words, which read_index leaves out.
    root = ("n", MONETARY_UNIT)
    memo = {}

    def is_money(key):
        if key not in memo:
            memo[key] = key != root and reaches_hypernym(synsets, key, {root})
        return memo[key]

    return sorted(
        lemma for (lemma, pos), offsets in senses.items()
        if pos == "n" and single_word(lemma) and any(is_money(k) for k in offsets))


def read_plurals(wn, pos_of):
    """Plural forms in noun.exc that a reader would not take for a plural by
    its ending, minus forms that read first as another part of speech."""
    plurals = set()
    with open(os.path.join(wn, "noun.exc"), encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2 or not single_word(fields[0]):
                continue
            word = fields[0]
            if (word.endswith("s") or not word.isalpha() or word in fields[1:]
                    or pos_of.get(word, set()) & {"v", "a"}):
                continue
            plurals.add(word)
    return sorted(plurals)


def write_lines(path, lines, comment):
    body = sorted(lines, key=lambda l: l.encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write(comment)
        for line in body:
            f.write(line + "\n")


def build(wn, out):
    senses = read_index(wn)
    synsets = read_data(wn)
    exceptions = read_exceptions(wn)
    sense_counts = read_sense_counts(wn)
    counts = read_counts(sense_counts)
    pos_of = collections.defaultdict(set)
    for lemma, pos in senses:
        pos_of[lemma].add(pos)
    concepts = concepts_of(senses, synsets)

    lemma_lines = []
    for lemma in sorted(pos_of):
        flags = sum(POS_FLAG[p] for p in pos_of[lemma])
        own = max(counts[(lemma, p)] for p in pos_of[lemma])
        # Lexicon::lemma takes the first regular reduction; keep the word
        # itself when it is the more frequent reading.
        found = reductions(lemma, pos_of)
        if found and own > counts[found[0]]:
            flags |= KEEP_FLAG
        ids = ",".join(str(i) for i in concepts.get(lemma, []))
        lemma_lines.append(f"{lemma}\t{flags:x}\t{ids}")
    exc_lines = [f"{w}\t{l}" for w, l in exceptions.items()]
    class_lines = []
    for (lemma, pos), offsets in senses.items():
        if pos != "n" or counts[(lemma, "n")] == 0:
            continue
        def classes_of(keys):
            names = [LEXNAMES[synsets[key][2]] for key in keys]
            return sorted({NOUN_CLASS.get(n, n.split(".", 1)[1]) for n in names})
        first = classes_of(offsets[:SENSES_PER_POS])
        every = classes_of(offsets)
        line = f"{lemma}\t{','.join(first)}"
        if every != first:
            line += f"\t{','.join(every)}"
        class_lines.append(line)
    use_lines = []
    for lemma in sorted(pos_of):
        per_pos = [counts[(lemma, p)] for p in "nvar"]
        if any(per_pos):
            use_lines.append(f"{lemma}\t{' '.join(str(n) for n in per_pos)}")
    nominal_lines = [f"{v}\t{n}" for v, n in nominals(senses, synsets, counts).items()]
    rule_lines = [f"{p}\t{s}\t{e}" for p, s, e in MORPHY_RULES]
    document_lines = documents(senses, synsets, sense_counts)
    collective_lines = sorted(
        lemma for (lemma, pos), offsets in senses.items()
        if pos == "n" and counts[(lemma, "n")] > 0 and single_word(lemma)
        and LEXNAMES[synsets[offsets[0]][2]] == "noun.group")

    os.makedirs(out, exist_ok=True)
    write_lines(os.path.join(out, "lemmas.txt"), lemma_lines,
                "# lemma<TAB>flags hex (1 n, 2 v, 4 a, 8 r, 10 keep)<TAB>concepts\n")
    write_lines(os.path.join(out, "classes.txt"), class_lines,
                "# noun lemma<TAB>classes of its first senses (being, thing, happening,"
                " or a lexicographer file)[<TAB>classes of all its senses, where more]\n")
    write_lines(os.path.join(out, "documents.txt"), document_lines,
                "# nouns naming a document or a legal proceeding, which can speak for"
                " itself (\"the suit states\")\n")
    write_lines(os.path.join(out, "currencies.txt"), currencies(senses, synsets),
                "# nouns with a sense that is a kind of monetary unit, which a sum"
                " converted in brackets names as its currency\n")
    write_lines(os.path.join(out, "collectives.txt"), collective_lines,
                "# nouns whose first sense names a group (noun.group), which \"a crowd"
                " of 61,384\" counts the members of\n")
    write_lines(os.path.join(out, "uses.txt"), use_lines,
                "# lemma<TAB>tagged-corpus uses as noun, verb, adjective, adverb\n")
    write_lines(os.path.join(out, "nominals.txt"), nominal_lines,
                "# verb<TAB>the noun naming what it does (an act, event, process or"
                " communication)\n")
    write_lines(os.path.join(out, "plurals.txt"), read_plurals(wn, pos_of),
                "# irregular noun plurals not ending in s, from noun.exc\n")
    write_lines(os.path.join(out, "exceptions.txt"), exc_lines,
                "# inflected<TAB>lemma, from noun/verb/adj/adv.exc\n")
    with open(os.path.join(out, "morphy.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("# pos<TAB>suffix<TAB>ending: WordNet's rules of detachment, morphy(7WN),"
                " tried in this order\n")
        for line in rule_lines:
            f.write(line + "\n")
    return pos_of, exceptions, concepts


def lemma_of(word, pos_of, exceptions, keep):
    """Mirror of Lexicon::lemma in src/engine/wordnet/mod.rs, for --check."""
    if word in exceptions:
        return exceptions[word]
    if word in keep:
        return word
    found = reductions(word, pos_of)
    return found[0][0] if found else word


def check(out, pos_of, exceptions, concepts):
    keep = set()
    with open(os.path.join(out, "lemmas.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                lemma, flags, _ = line.rstrip("\n").split("\t")
                if int(flags, 16) & KEEP_FLAG:
                    keep.add(lemma)
    pairs = [("paid", "pay"), ("payment", "pay"), ("died", "death"), ("dead", "death"),
             ("dead", "die"), ("settling", "settlement"), ("wages", "salary"),
             ("earnings", "salary"), ("killing", "kill"), ("resigned", "resignation"),
             ("children", "child"), ("men", "man"), ("pay", "die"), ("bank", "river"),
             ("salary", "death"), ("settlement", "killing"), ("injured", "wounded"),
             ("injured", "injure"), ("deceased", "died"), ("dead", "alive"),
             ("15", "30"), ("gas", "gallium")]
    def readings(word):
        """Like Lexicon::related: the word, its lemma, and a participle's verb."""
        forms = {word, lemma_of(word, pos_of, exceptions, keep)}
        if word.endswith("ed") or word.endswith("ing"):
            verbs = [b for b, p in reductions(word, pos_of) if p == "v"]
            forms.update(verbs[:1])
        return forms

    for a, b in pairs:
        la, lb = (lemma_of(w, pos_of, exceptions, keep) for w in (a, b))
        ids_a, ids_b = (set().union(*(concepts.get(r, []) for r in readings(w))) for w in (a, b))
        print(f"{a:>12} -> {la:<12} {b:>12} -> {lb:<12} related={la == lb or bool(ids_a & ids_b)}")


def sample(wn, out, n, seed):
    """Print n random related pairs among the 4,000 most frequent lemmas, for
    judging by eye how often a link is a false friend."""
    import random
    freq = collections.Counter()
    for (lemma, _pos), count in read_counts(wn).items():
        freq[lemma] += count
    concepts = {}
    with open(os.path.join(out, "lemmas.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                lemma, _flags, ids = line.rstrip("\n").split("\t")
                concepts[lemma] = set(ids.split(",")) if ids else set()
    common = [l for l, _ in freq.most_common(4000) if l in concepts]
    holders = collections.defaultdict(list)
    for lemma in common:
        for c in concepts[lemma]:
            holders[c].append(lemma)
    pairs = sorted({tuple(sorted((a, b))) for ls in holders.values()
                    for a in ls for b in ls if a != b})
    print(f"{len(common)} common lemmas, {len(pairs)} related pairs; sample:")
    for a, b in random.Random(seed).sample(pairs, min(n, len(pairs))):
        print(f"  {a} ~ {b}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(here, "..", "assets", "lexicon"))
    parser.add_argument("--check", action="store_true", help="print sample pairs")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="print N random related pairs of common words")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    if not os.path.exists(os.path.join(args.wordnet, "data.noun")):
        sys.exit(f"no WordNet database in {args.wordnet}: apt-get install wordnet-base")
    pos_of, exceptions, concepts = build(args.wordnet, args.out)
    for name in ("lemmas.txt", "exceptions.txt", "morphy.txt", "classes.txt", "documents.txt",
                 "uses.txt", "nominals.txt", "collectives.txt", "plurals.txt", "currencies.txt"):
        path = os.path.join(args.out, name)
        print(f"{name}: {os.path.getsize(path)} bytes")
    if args.check:
        check(args.out, pos_of, exceptions, concepts)
    if args.sample:
        sample(args.wordnet, args.out, args.sample, args.seed)


if __name__ == "__main__":
    main()
