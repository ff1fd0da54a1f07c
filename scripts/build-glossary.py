#!/usr/bin/env python3
"""Writes frameworks/builtin/glossary.xml: the field's terms in en, fr, ru (ours)
and lo, tg (the translators' glossary.tsv files, `English term \t term`).
Re-run when the translators update their glossaries:
  scripts/build-glossary.py LO_GLOSSARY.tsv TG_GLOSSARY.tsv > frameworks/builtin/glossary.xml
A term whose lo or tg entry is not in those files stays without it (the
glossary test lists the terms that must have all five languages)."""
import sys
from xml.sax.saxutils import escape

# id, English, French, Russian, key in the Lao file, key in the Tajik file
# (a key may be (key, index) to take one part of "a / b / c").
LEVELS = "level names: Initial / Emerging / Defined / Integrated / Optimising"
TERMS = [
    ("social-protection", "social protection", "protection sociale", "социальная защита", "social protection", "social protection"),
    ("social-insurance", "social insurance (social security)", "assurance sociale (sécurité sociale)", "социальное страхование", "social security / social insurance", "social insurance"),
    ("social-assistance", "social assistance", "assistance sociale", "социальная помощь", "social assistance", "social assistance"),
    ("targeted-social-assistance", "Targeted Social Assistance", "assistance sociale ciblée", "адресная социальная помощь", None, "Targeted Social Assistance"),
    ("digital-maturity", "digital maturity", "maturité numérique", "цифровая зрелость", "maturity (digital maturity)", "maturity (title)"),
    ("quick-scan", "Quick Scan", "Diagnostic rapide", "Экспресс-оценка", "Quick Scan", "Quick Scan"),
    ("domain", "domain", "domaine", "направление", "domain", "domain"),
    ("indicator", "indicator", "indicateur", "индикатор", "indicator", "indicator"),
    ("descriptor", "level descriptor (level card)", "descripteur de niveau", "описание уровня", "descriptor (level card)", "descriptor (level card)"),
    ("level-initial", "Initial (level 1)", "Initial", "Начальный", "level Initial", (LEVELS, 0)),
    ("level-emerging", "Emerging (level 2)", "Émergent", "Формирующийся", "level Emerging", (LEVELS, 1)),
    ("level-defined", "Defined (level 3)", "Défini", "Определённый", "level Defined", (LEVELS, 2)),
    ("level-integrated", "Integrated (level 4)", "Intégré", "Интегрированный", "level Integrated", (LEVELS, 3)),
    ("level-optimising", "Optimising (level 5)", "En optimisation", "Оптимизирующийся", "level Optimising", (LEVELS, 4)),
    ("rationale", "rationale (of a rating)", "justification (d'une note)", "обоснование (оценки)", "rationale (of a rating)", "rationale (room's)"),
    ("scheme", "scheme / programme", "régime / programme", "программа", "scheme / programme", "scheme / programme"),
    ("core-schemes", "core schemes", "régimes essentiels", "основные программы", "core schemes", "core schemes"),
    ("contributory-scheme", "contributory scheme", "régime contributif", "программа, основанная на взносах", "contributory scheme", "contributory scheme"),
    ("non-contributory-scheme", "non-contributory scheme", "régime non contributif", "программа, не основанная на взносах", "non-contributory scheme", "non-contributory scheme"),
    ("beneficiary", "beneficiary", "bénéficiaire", "получатель (бенефициар)", "beneficiary", "beneficiary"),
    ("applicant", "applicant", "demandeur", "заявитель", "applicant", "applicant"),
    ("social-registry", "social registry", "registre social", "социальный реестр", "social registry", "social registry"),
    ("beneficiary-registry", "beneficiary registry", "registre des bénéficiaires", "реестр получателей", "beneficiary registry", "beneficiary registry"),
    ("integrated-beneficiary-registry", "integrated beneficiary registry", "registre intégré des bénéficiaires", "интегрированный реестр получателей", "integrated beneficiary registry", "integrated beneficiary registry"),
    ("programme-mis", "programme MIS (management information system)", "système d'information de gestion (SIG) du programme", "информационная система управления (MIS) программы", "programme MIS / management information system (MIS)", "programme MIS / management information system (MIS)"),
    ("id-account-mapper", "ID-account mapper", "service de correspondance identifiant-compte (ID-account mapper)", "сопоставление идентификатора и счёта (ID-account mapper)", "ID-account mapper / ID-to-account link", "ID-account mapper / ID-to-account link"),
    ("foundational-id", "foundational ID", "identité de base (ID fondamental)", "базовая система идентификации (ID)", "national ID / foundational ID", "foundational ID"),
    ("unique-identifier", "unique personal identifier", "identifiant personnel unique", "уникальный персональный идентификатор", "unique personal identifier", "unique personal identifier"),
    ("civil-registration", "civil registration", "enregistrement des faits d'état civil", "регистрация актов гражданского состояния", "civil registration", "civil registration"),
    ("proxy-means-test", "proxy means test (PMT)", "évaluation indirecte des ressources (PMT)", "косвенная оценка нуждаемости (PMT)", "proxy means test (PMT)", "proxy means test"),
    ("means-test", "means test", "évaluation des ressources", "проверка нуждаемости", "means test", "means test"),
    ("targeting", "targeting", "ciblage", "адресность (отбор получателей)", "targeting", "targeting"),
    ("eligibility", "eligibility", "éligibilité", "право на получение помощи", "eligibility", "eligibility"),
    ("enrolment", "enrolment", "inscription au programme", "зачисление в программу", "enrolment", "enrolment"),
    ("recertification", "recertification", "recertification", "повторное подтверждение права", "recertification", "recertification"),
    ("case-management", "case management", "gestion des cas", "ведение случаев", "case management", "case management"),
    ("referral", "referral", "orientation (vers un autre service)", "перенаправление (в другую службу)", "referral", "referral"),
    ("grievance", "grievance (complaint)", "plainte (réclamation)", "жалоба", "grievance / complaint", "grievance / complaint"),
    ("grievance-mechanism", "grievance mechanism", "mécanisme de traitement des plaintes", "механизм рассмотрения жалоб", "grievance mechanism", "grievance mechanism"),
    ("appeal", "appeal (against a decision)", "recours (contre une décision)", "обжалование решения (апелляция)", "appeal", "appeal"),
    ("payment-reconciliation", "payment reconciliation", "rapprochement des paiements", "сверка платежей", "reconciliation (payments)", "reconciliation"),
    ("payment-service-provider", "payment service provider", "prestataire de services de paiement", "поставщик платёжных услуг", "payment service provider", "payment service provider"),
    ("mobile-money", "mobile money wallet", "portefeuille de monnaie mobile", "электронный кошелёк мобильных денег", "mobile money / wallet", "mobile money wallet"),
    ("data-protection", "data protection", "protection des données", "защита данных", "data protection", "data protection"),
    ("dpia", "data protection impact assessment (DPIA)", "analyse d'impact relative à la protection des données (AIPD, DPIA)", "оценка воздействия на защиту данных (DPIA)", "data protection impact assessment (DPIA)", "DPIA / data protection impact assessment"),
    ("data-protection-authority", "data protection authority", "autorité de protection des données", "орган по защите персональных данных", "data protection authority / supervisory body", "data protection authority / supervisory body"),
    ("consent", "consent", "consentement", "согласие", "consent", "consent"),
    ("audit-trail", "audit trail (audit log)", "piste d'audit (journal d'audit)", "журнал аудита", "audit trail / audit log", "audit trail / audit log"),
    ("interoperability", "interoperability", "interopérabilité", "интероперабельность (совместимость систем)", "interoperability", "interoperability"),
    ("api", "interface (API)", "interface de programmation (API)", "программный интерфейс (API)", "interface / API", "API"),
    ("data-exchange-layer", "data exchange layer", "couche d'échange de données", "платформа обмена данными", "data exchange layer", "data exchange layer"),
    ("dpi", "digital public infrastructure (DPI)", "infrastructure publique numérique (DPI)", "цифровая общественная инфраструктура (DPI)", "digital public infrastructure (DPI)", "digital public infrastructure"),
    ("horizontal-vertical-expansion", "horizontal / vertical expansion", "extension horizontale / verticale", "горизонтальное / вертикальное расширение", "horizontal / vertical expansion", "horizontal / vertical expansion"),
    ("early-warning", "early warning", "alerte précoce", "раннее предупреждение", "early warning", "early warning"),
    ("business-continuity-plan", "business continuity plan", "plan de continuité d'activité", "план обеспечения непрерывности деятельности", "business continuity plan", "business continuity plan"),
    ("total-cost-of-ownership", "total cost of ownership", "coût total de possession", "совокупная стоимость владения", "total cost of ownership", "total cost of ownership / lifetime cost"),
    ("vendor-lock-in", "vendor lock-in", "dépendance envers un fournisseur", "зависимость от поставщика", "vendor lock-in", "lock-in"),
    ("development-partners", "development partners", "partenaires de développement", "партнёры по развитию", "development partners", "development partner"),
    ("informal-workers", "informal and self-employed workers", "travailleurs informels et indépendants", "неформально занятые и самозанятые", "informal workers / self-employed", "informal / self-employed workers"),
    ("change-management", "change management", "conduite du changement", "управление изменениями", "change management", "change management"),
]


def read_tsv(path):
    terms = {}
    for line in open(path, encoding="utf-8"):
        if "\t" in line:
            english, term = line.rstrip("\n").split("\t", 1)
            terms[english.strip()] = " ".join(term.split())
    return terms


def lookup(terms, key):
    if key is None:
        return None
    if isinstance(key, tuple):
        value = terms.get(key[0])
        return value.split(" / ")[key[1]].strip() if value else None
    return terms.get(key)


lao, tajik = read_tsv(sys.argv[1]), read_tsv(sys.argv[2])
out = ['<?xml version="1.0" encoding="UTF-8"?>',
       "<!--",
       "  The glossary of the field's terms (Help > Glossary, the workbook's Glossary",
       "  sheet, and the translators' files). English, French and Russian by the Socle",
       "  team; Lao and Tajik from the translators' glossaries, DRAFT until reviewed by",
       "  native speakers. Generated by scripts/build-glossary.py; edit the script.",
       "-->",
       '<glossary format="1">']
missing = []
for term_id, en, fr, ru, lo_key, tg_key in TERMS:
    out.append('  <term id="%s">' % term_id)
    for lang, text in (("en", en), ("fr", fr), ("ru", ru), ("lo", lookup(lao, lo_key)), ("tg", lookup(tajik, tg_key))):
        if text:
            status = ' status="draft"' if lang in ("lo", "tg") else ""
            out.append('    <name lang="%s"%s>%s</name>' % (lang, status, escape(text)))
        else:
            missing.append("%s:%s" % (term_id, lang))
    out.append("  </term>")
out.append("</glossary>")
print("\n".join(out))
if missing:
    print("no translation for: " + ", ".join(missing), file=sys.stderr)
