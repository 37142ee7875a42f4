"""Language identification: non-Latin scripts are never English; Latin-script text keeps the
model's benefit of the doubt. Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from newsgraph.sources.language import foreign_script, is_english, script_of

# One or two sentences of news in each language, written for this test.
NOT_ENGLISH = {
    "zh": "外交部发言人周三表示，两国领导人将于下月在北京举行会谈。双方同意加强贸易合作。",
    "ja": "政府は水曜日、来月の首脳会談に向けて準備を進めていると発表した。両国は貿易で協力する。",
    "ko": "외교부 대변인은 수요일 양국 정상이 다음 달 서울에서 회담할 것이라고 밝혔다.",
    "ar": "قال المتحدث باسم وزارة الخارجية يوم الأربعاء إن زعيمي البلدين سيلتقيان الشهر المقبل.",
    "he": "דובר משרד החוץ אמר ביום רביעי כי מנהיגי שתי המדינות ייפגשו בחודש הבא.",
    "ru": "Представитель министерства иностранных дел заявил в среду, что лидеры двух стран встретятся в следующем месяце.",
    "uk": "Речник міністерства закордонних справ заявив у середу, що лідери двох країн зустрінуться наступного місяця.",
    "el": "Ο εκπρόσωπος του υπουργείου Εξωτερικών δήλωσε την Τετάρτη ότι οι ηγέτες των δύο χωρών θα συναντηθούν τον επόμενο μήνα.",
    "hi": "विदेश मंत्रालय के प्रवक्ता ने बुधवार को कहा कि दोनों देशों के नेता अगले महीने मिलेंगे।",
    "th": "โฆษกกระทรวงการต่างประเทศกล่าวเมื่อวันพุธว่าผู้นำทั้งสองประเทศจะพบกันในเดือนหน้า",
    "fa": "سخنگوی وزارت امور خارجه روز چهارشنبه گفت که رهبران دو کشور ماه آینده دیدار خواهند کرد.",
    "de": "Der Sprecher des Außenministeriums sagte am Mittwoch, dass sich die Staatschefs beider Länder im nächsten Monat treffen werden.",
    "fr": "Le porte-parole du ministère des Affaires étrangères a déclaré mercredi que les dirigeants des deux pays se rencontreront le mois prochain.",
    "es": "El portavoz del Ministerio de Asuntos Exteriores dijo el miércoles que los líderes de ambos países se reunirán el próximo mes.",
}

ENGLISH = {
    "short": "Talks resumed.",
    "headline": "Ceasefire holds in Gaza",
    "foreign names": ("Xi Jinping, Recep Tayyip Erdoğan, Volodymyr Zelenskyy and Luiz Inácio Lula da Silva met "
                      "Narendra Modi and Mohammed bin Salman in Johannesburg on Saturday."),
    "a quoted native spelling": ("The Chinese foreign ministry spokesman, Wang Wenbin (汪文斌), said on Wednesday that "
                                 "the two leaders would meet in Beijing next month to discuss trade and security."),
    "cyrillic names in brackets": ("Russia's foreign minister, Sergei Lavrov (Сергей Лавров), told reporters in Moscow "
                                   "that talks with Ukraine (Україна) could resume after the elections in the spring."),
}


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_is_english_refuses_other_languages(language: str) -> None:
    english, detected = is_english(NOT_ENGLISH[language])
    assert not english
    assert detected != "en"


@pytest.mark.parametrize("case", sorted(ENGLISH))
def test_is_english_keeps_english(case: str) -> None:
    assert is_english(ENGLISH[case])[0]


def test_chinese_the_model_is_unsure_of_is_still_not_english() -> None:
    """py3langid gives this Chinese text a low probability (Wu Chinese, 0.66): the script decides."""
    english, detected = is_english("我们今天开会。政府明天发表声明。")
    assert not english and detected != "en"


@pytest.mark.parametrize("letter, script", [("a", "LATIN"), ("é", "LATIN"), ("Ａ", "LATIN"), ("中", "CJK"),
                                            ("ж", "CYRILLIC"), ("ع", "ARABIC"), ("あ", "HIRAGANA")])
def test_script_of(letter: str, script: str) -> None:
    assert script_of(letter) == script


def test_foreign_script_needs_a_majority_of_letters() -> None:
    assert foreign_script("外交部发言人表示 talks") == "CJK"
    assert foreign_script("Talks in Beijing (北京) resumed on Monday") is None
    assert foreign_script("2024-05-01 12:00 !!!") is None
