"""The ``newsgraph_paragraphs`` component: a paragraph break always ends a sentence.

spaCy's parser sometimes runs a sentence across a blank line, which lets a quotation in one
paragraph borrow the speech verb of the next; a line that ends in a semicolon is a headline
followed by its subhead, whose dates and actors are not the headline's. Placed before the
parser, this component fixes the boundaries the parser then respects.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import register
from newsgraph.nlp.quotemarks import has_paragraph_break

register()


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    after_break = False
    dateline_end = doc._.dateline_end if doc.has_extension("dateline_end") else None
    for token in doc:
        if dateline_end and token.idx == dateline_end:
            token.is_sent_start = True  # "RIYADH, Saudi Arabia --" is not the subject of the story
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if token.is_space and has_paragraph_break(token.text):
            after_break = True
        elif token.is_space and "\n" in token.text and token.i > 0 and doc[token.i - 1].text == ";" \
                and token.i + 1 < len(doc) and doc[token.i + 1].is_title:
            after_break = True  # "China rebuts criticism; \nInvestment, official says, helped": headline, subhead
    return doc
