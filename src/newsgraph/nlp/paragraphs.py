"""The ``newsgraph_paragraphs`` component: a paragraph break always ends a sentence.

spaCy's parser sometimes runs a sentence across a blank line, which lets a quotation in one
paragraph borrow the speech verb of the next. Placed before the parser, this component
fixes the boundaries the parser then respects.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if token.is_space and token.text.count("\n") >= 2:
            after_break = True
    return doc
