"""``build_nlp`` and our components as spaCy factories; a property test over the whole pipeline."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newsgraph.errors import NewsgraphError
from newsgraph.extraction import to_record
from newsgraph.nlp.pipeline import DEFAULT_MODEL, MODEL_ENV, build_nlp, model_name
from newsgraph.schema import Article


def _in_fresh_process(code: str) -> dict:
    """Run ``code`` in a new interpreter (nothing of ours imported) and read its JSON line."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_pipeline_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("newsgraph_paragraphs") < names.index("parser")
    assert names.index("ner") < names.index("newsgraph_actors") < names.index("newsgraph_quotes")


def test_pipeline_build_is_cached(nlp: Language) -> None:
    assert build_nlp() is nlp


def test_pipeline_factories_registered_by_entry_points() -> None:
    result = _in_fresh_process(
        "import json, spacy\n"
        "from spacy.util import registry\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('sentencizer')\n"
        "nlp.add_pipe('newsgraph_actors')\n"
        "nlp.add_pipe('newsgraph_quotes')\n"
        "doc = nlp('The weather was mild on Monday. Nothing happened.')\n"
        "print(json.dumps({'actors': doc._.actors, 'quotes': doc._.quotes, 'pipes': nlp.pipe_names}))\n"
    )
    assert result == {"actors": [], "quotes": [], "pipes": ["sentencizer", "newsgraph_actors", "newsgraph_quotes"]}


def test_pipeline_paragraphs_factory_registered_by_entry_point() -> None:
    result = _in_fresh_process(
        "import json, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('newsgraph_paragraphs')\n"
        "print(json.dumps({'pipes': nlp.pipe_names}))\n"
    )
    assert result == {"pipes": ["newsgraph_paragraphs"]}


def test_pipeline_components_on_blank_with_sentencizer() -> None:
    import newsgraph.nlp.actors  # noqa: F401
    import newsgraph.nlp.quotes  # noqa: F401

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.add_pipe("newsgraph_actors")
    blank.add_pipe("newsgraph_quotes")
    doc = blank('"We are ready," said Anna Keller. The Kremlin said it would respond.')
    assert [a.name for a in doc._.actors] == ["Kremlin"]  # lexicon names need no model
    assert [(q.kind, doc.text[q.start:q.end]) for q in doc._.quotes] == [("direct", "We are ready,")]
    empty = blank("The weather was mild on Monday.")
    assert (empty._.actors, empty._.quotes) == ([], [])


@pytest.mark.parametrize("component", ["newsgraph_actors", "newsgraph_quotes"])
def test_pipeline_component_on_bare_blank_does_not_crash(component: str) -> None:
    import newsgraph.nlp.actors  # noqa: F401
    import newsgraph.nlp.quotes  # noqa: F401

    blank = spacy.blank("en")
    blank.add_pipe(component)
    doc = blank('"We are ready," said Anna Keller on Monday.')
    assert isinstance(doc._.quotes if component == "newsgraph_quotes" else doc._.actors, list)


def test_pipeline_unknown_model_raises_clear_error() -> None:
    with pytest.raises(NewsgraphError, match=r"'no_such_model' is not installed.*NEWSGRAPH_MODEL"):
        build_nlp("no_such_model")


def test_pipeline_model_name_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_name() == DEFAULT_MODEL
    monkeypatch.setenv(MODEL_ENV, "my_model")
    assert model_name() == "my_model"
    assert model_name("explicit_model") == "explicit_model"


def test_pipeline_env_model_is_loaded_in_fresh_process() -> None:
    code = (
        "import json, os\n"
        "os.environ['NEWSGRAPH_MODEL'] = 'env_no_such_model'\n"
        "from newsgraph.errors import NewsgraphError\n"
        "from newsgraph.nlp.pipeline import build_nlp\n"
        "try:\n"
        "    build_nlp()\n"
        "    print(json.dumps({'error': None}))\n"
        "except NewsgraphError as exc:\n"
        "    print(json.dumps({'error': str(exc)}))\n"
    )
    assert "'env_no_such_model' is not installed" in (_in_fresh_process(code)["error"] or "")


def test_pipeline_env_model_change_after_first_build(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, "env_no_such_model")
    with pytest.raises(NewsgraphError, match="env_no_such_model"):
        build_nlp()


def test_paragraphs_sentence_never_spans_blank_line(nlp: Language) -> None:
    text = ("The delegation waited for hours in the rain outside the gates\n\n"
            "and nobody came to open them for the visitors.\n\n"
            "Markets fell on Monday\n\nbecause investors were nervous.")
    doc = nlp(text)
    for sent in doc.sents:
        assert "\n\n" not in sent.text.strip(), sent.text
    starts = {s.start_char for s in doc.sents}
    assert text.index("and nobody") in starts
    assert text.index("because") in starts


def test_paragraphs_single_newline_is_not_a_break(nlp: Language) -> None:
    doc = nlp("Anna Keller met officials in Berlin on Tuesday\nwhen the talks began.")
    assert len(list(doc.sents)) == 1


_WORDS = ["Anna", "Keller", "said", "the", "Kremlin", "NATO", "he", "she", "Beijing", "that", "according",
          "to", "experts", "warned", "talks", "President", "Russian", "Ministry", "of", "Fisheries", "added"]
_MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", ",", ".", "\n", "\n\n"]
_piece = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS))


@st.composite
def _news_like(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(_piece, min_size=1, max_size=40))
    glue = draw(st.lists(st.sampled_from([" ", ""]), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + g for p, g in zip(pieces, glue)).strip() or "said"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_news_like())
def test_pipeline_property_spans_point_at_their_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    record = to_record(Article(text=text), doc).to_dict()
    for actor in record["actors"]:
        assert actor["mentions"]
        for m in actor["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(text)
            assert text[m["start"]:m["end"]] == m["text"]
    actor_ids = {a["id"] for a in record["actors"]}
    for q in record["quotes"]:
        assert 0 <= q["start"] < q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["speaker"] is None or q["speaker"] in actor_ids
        for key in ("cue_span", "speaker_span"):
            if q.get(key):
                s = q[key]
                assert 0 <= s["start"] <= s["end"] <= len(text)
                assert text[s["start"]:s["end"]] == s["text"]
        for s in q["spans"]:
            assert q["start"] <= s["start"] < s["end"] <= q["end"]
            assert text[s["start"]:s["end"]] == s["text"]
