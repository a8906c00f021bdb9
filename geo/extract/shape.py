"""The word-shape rules of Arabic the stages use: clitic letters, the article, verb prefixes and
the endings of adjectives and duals. The one module of the extractor with Arabic letters in its
code; words themselves are data (``data/lang/ar.json``, read by ``lexicon.py``)."""

from __future__ import annotations

__all__ = [
    "ARTICLE", "CONJ", "CONJUNCTIONS", "PREP_BI", "PREP_LI", "CLITIC_LETTERS", "CLITIC_OR_ALIF", "FUTURE",
    "NOUN_PREFIXES", "STEM_PREFIXES", "DATE_PREFIXES", "DATE_PREFIXES_BI", "ADJ_ENDINGS", "FEMININE_DUAL_ADJ", "ACC_ENDING",
    "ACC_ADJ_ENDING", "DUAL_ENDING", "DAMMA", "ALIF_MAQSURA", "NISBA", "ANAPHOR_PREFIXES", "ANAPHOR_LI_PREFIXES", "LI", "TA", "PLURAL_AT", "WE_PAST", "WE_PRESENT", "THEY_PAST",
    "LETTERS", "strip_b", "strip_li", "is_adjective_form", "is_nisba", "starts_with_conj", "we_present", "possessed", "POSSESSIVES",
]

ARTICLE = "ال"  # the definite article
CONJ = "و"  # "and", written on the next word
CONJUNCTIONS = "وف"  # و and ف: stripped from a word that is a known form without them
PREP_BI = "ب"  # the instrument / locative preposition bi-
PREP_LI = "ل"  # the preposition li- ("تعرضت لقصف")
LI = PREP_LI
TA = "ت"  # the ending of the feminine / second person past ("قصفت")
PLURAL_AT = "ات"  # the ending of a sound feminine plural ("غارات"، "هجمات"), not of a verb
CLITIC_LETTERS = "وفبلك"  # letters a proclitic sequence is made of
CLITIC_OR_ALIF = frozenset("وفبلكا")  # the same with the alif of the article
FUTURE = ("ست", "سي")  # the future prefix سـ on a present ("ستقصف")
STEM_PREFIXES = "لب"  # prepositions stripped before a place-type word ("لمنطقة"، "بمحافظة")
NOUN_PREFIXES = STEM_PREFIXES
DATE_PREFIXES = "وفل"  # clitics before a digit of a date ("و27")
DATE_PREFIXES_BI = "وفبل"
ADJ_ENDINGS = ("ي", "يه", "يين", "يون")  # relative adjectives: أذربيجاني، أرمنية، أرمينيين
FEMININE_DUAL_ADJ = ("يتان", "يتين")  # a feminine relative adjective in the dual: "غارتان أمريكيتان"
ACC_ENDING = "ا"  # the accusative ending of an indefinite noun ("هجوما")
ACC_ADJ_ENDING = "يا"  # and of its relative adjective ("هجوما أذربيجانيا")
DUAL_ENDING = "ان"  # the dual ending of the nominative ("مدنيان")
NISBA = "ي"  # the relative-adjective letter: مدني -> مدنيان
ANAPHOR_PREFIXES = ("", "و", "ف", "ب", "وب", "ك")  # before the article of an anaphor ("وبالقاعدة")
ANAPHOR_LI_PREFIXES = ("ل", "ول", "فل")  # ل + ال = لل ("للقاعدة")


# Inflection, for the lexicon's generator of forms (lexicon.py)
PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "نا")  # past: he, she, they, the two (m.), the two (f.), we
PRESENT_PREFIXES = ("ي", "ت", "ن")  # present: he / she (and you), we
WE_PAST, WE_PRESENT = "نا", "ن"  # "قصفنا"، "نستهدف": the speaker's side did it
THEY_PAST = "وا"  # "قصفوا": they did it (its ا is dropped before an object pronoun: "قصفوه")
PRESENT_SUFFIXES = ("", "ون", "ان")  # present: singular, plural (m.), dual
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")  # object pronouns on a verb: him / her, it / them / the two ("استهدفته")
OUR = "نا"  # the first person plural on a noun: "طواقمنا"، "قواتنا" (our crews, our forces)
PRONOUN_ENDINGS = ("ها", "هم", "هما")  # her / them on a word: no name ends so unless it has the article ("فيها"، "عليهم")
TA_MARBUTA = ("ة", "ه")  # the feminine ending (ه once normalised), written ت before a suffix
DUAL_SUFFIXES = ("ين", "ان")  # the dual, oblique and nominative

# Punctuation of Arabic text (with the Latin one): sentence ends, clause boundaries, name separators
ALIF_MAQSURA = "ى"  # a final alif written as ya: "الهدى" is no relative adjective, though normalised it ends in ي
DAMMA = "\u064f"  # the u-vowel: written on a past verb's first letters it makes it passive ("قُصفت"، "استُهدف")
SENTENCE_END = ".!?؟"
LETTERS = "\u0621-\u064a"  # the Arabic letters (a regex range): "طرابلس.وقال" is two sentences
QUESTION = "؟"
QUESTION_ENDS = ("؟", "?")  # a paragraph of an interview that ends so is the outlet's question
TURN_BULLETS = "■□▪▫●•◼◾*"  # marks that open an interview's question paragraph ("■ ماذا جرى أمس؟")
ARABIC_COMMA = "،"
CLAUSE_MARKS = "،,:;؛\"«»“”"  # a clause boundary between two words
NAME_SEPARATORS = "،,.:؛"  # a mark that ends a place name
TOKEN_BREAKS = r"«»‹›“”„\"'‘’()\[\]{}<>،؛؟,;:!?.…|/\\*–—-"  # characters that are no part of a word (a regex class)
#: The characters ``\s`` matches in a regex (those of ``str.isspace``), as a regex class's body: spelt out,
#: a class of them is one table look-up per character, where ``\s`` calls Unicode's test of each one.
SPACES = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def strip_b(stem: str) -> str:
    """``بقصف`` -> ``قصف``, ``بالمدفعية`` -> ``المدفعيه``: the instrument preposition."""
    if stem.startswith(PREP_BI) and len(stem) > 3:
        return stem[1:]
    return stem


def strip_li(stem: str) -> str:
    """``لاتهام`` -> ``اتهام``, ``للانباء`` -> ``الانباء``: the preposition li- (on the article, ``لل``)."""
    if stem.startswith(PREP_LI + PREP_LI) and len(stem) > 3:
        return ARTICLE + stem[2:]
    if stem.startswith(PREP_LI) and len(stem) > 3:
        return stem[1:]
    return stem


def in_group(word: str, group) -> bool:
    """A word of a lexicon group, also with a و or ف on it that the stem kept ("ونقاط"، "ومستودعات")."""
    return word in group or (word[:1] in CONJUNCTIONS and word[1:] in group)


def starts_with_conj(raw: str) -> bool:
    """A word printed with و on it ("ومارتوني"): a listed name."""
    return raw.startswith(CONJ)


def is_nisba(norm: str, noun_norm: str | None = None) -> bool:
    """A relative adjective, definite or not ("الإسرائيلية"، "الأمريكي"، "روسية"; "هجوما أذربيجانيا"),
    not any definite word ("الميليشيا" is a noun)."""
    return norm.endswith(ADJ_ENDINGS) or norm.endswith(FEMININE_DUAL_ADJ) or (
        noun_norm is not None and noun_norm.endswith(ACC_ENDING) and norm.endswith(ACC_ADJ_ENDING))


def is_definite(norm: str) -> bool:
    """A word with the article, also behind a clitic ("الغارات"، "والقصف"، "بالهجوم"، "للقصف")."""
    return norm.startswith(ARTICLE) or norm[1:3] == ARTICLE or norm[2:4] == ARTICLE or norm.startswith("لل")


def is_adjective_form(norm: str, noun_norm: str | None = None) -> bool:
    """A word in the form of an adjective: definite ("الروسية") or a relative adjective
    ("أذربيجاني"، "أرمنية"، "أرمينيين"; "هجوما أذربيجانيا" after an accusative noun)."""
    return norm.startswith(ARTICLE) or norm.endswith(ADJ_ENDINGS) or norm.endswith(FEMININE_DUAL_ADJ) or (
        noun_norm is not None and noun_norm.endswith(ACC_ENDING) and norm.endswith(ACC_ADJ_ENDING))


def we_present(word: str, forms) -> bool:
    """A verb in the present's first person plural ("نتحدث"، "نؤكد") whose third person ("يتحدث") is
    one of ``forms``."""
    return word.startswith(WE_PRESENT) and PRESENT_PREFIXES[0] + word[1:] in forms


POSSESSIVES = ("نا", "ها", "ه", "هم")  # our, its / her, his, their on a noun ("طيراننا"، "مسيراتها")


def possessed(noun: str, suffix: str) -> str:
    """A noun with a possessive suffix: the feminine ending is written ت before it ("مدفعيه" -> "مدفعيتنا")."""
    return (noun[:-1] + TA if noun.endswith(TA_MARBUTA) else noun) + suffix
