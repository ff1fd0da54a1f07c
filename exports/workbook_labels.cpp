// French and Russian labels of the workbook. Keep entries short; sheet names
// must stay within 31 characters and avoid : \ / ? * [ ].
#include "exports/workbook_labels.h"

#include <unordered_map>

namespace socle::exports {

namespace {

struct Label {
    std::string_view en, fr, ru;
};

// clang-format off
constexpr Label kLabels[] = {
    // Sheet names.
    {"Summary", "Synthèse", "Сводка"},
    {"Domains", "Domaines", "Домены"},
    {"Indicators", "Indicateurs", "Индикаторы"},
    {"Gaps", "Écarts", "Разрывы"},
    {"Roadmap", "Feuille de route", "Дорожная карта"},
    {"Systems", "Systèmes", "Системы"},
    {"Flows", "Flux", "Потоки"},
    {"Dependencies", "Dépendances", "Зависимости"},
    {"Participants", "Participants", "Участники"},
    {"Method", "Méthode", "Методика"},
    // Columns and labels.
    {"Participant", "Participant", "Участник"},
    {"ID", "ID", "ID"},
    {"No.", "N°", "№"},
    {"Domain", "Domaine", "Домен"},
    {"Question", "Question", "Вопрос"},
    {"Status", "Statut", "Статус"},
    {"Applicable (1/0)", "Applicable (1/0)", "Применимо (1/0)"},
    {"Applicable", "Applicables", "Применимо"},
    {"Weight", "Poids", "Вес"},
    {"Level", "Niveau", "Уровень"},
    {"Levels", "Niveaux", "Уровни"},
    {"Target", "Cible", "Цель"},
    {"Target level", "Niveau cible", "Целевой уровень"},
    {"Current level", "Niveau actuel", "Текущий уровень"},
    {"Gap", "Écart", "Разрыв"},
    {"Spread", "Dispersion", "Разброс"},
    {"Priority", "Priorité", "Приоритет"},
    {"Next step", "Étape suivante", "Следующий шаг"},
    {"Confidence", "Fiabilité", "Достоверность"},
    {"Evidence", "Éléments de preuve", "Подтверждения"},
    {"Notes", "Notes", "Примечания"},
    {"Stage", "Stade", "Стадия"},
    {"Stage name", "Nom du stade", "Название стадии"},
    {"Index (0-100)", "Indice (0-100)", "Индекс (0-100)"},
    {"Weakest level", "Niveau le plus faible", "Наименьший уровень"},
    {"Weakest indicator", "Indicateur le plus faible", "Самый слабый индикатор"},
    {"Completeness", "Complétude", "Полнота"},
    {"Rated", "Évalué", "Оценён"},
    {"Name", "Nom", "Имя"},
    {"Institution", "Institution", "Учреждение"},
    {"Institutions", "Institutions", "Учреждения"},
    {"Role", "Fonction", "Должность"},
    {"Votes cast", "Votes exprimés", "Подано голосов"},
    {"Votes", "Votes", "Голоса"},
    {"Meaning", "Signification", "Значение"},
    {"Country", "Pays", "Страна"},
    {"Round", "Cycle", "Раунд"},
    {"Dates", "Dates", "Даты"},
    {"Facilitator", "Animateur", "Модератор"},
    {"Framework", "Référentiel", "Рамочная модель"},
    {"Framework ID", "ID du référentiel", "ID рамочной модели"},
    {"Framework version", "Version du référentiel", "Версия рамочной модели"},
    {"Framework SHA-256", "SHA-256 du référentiel", "SHA-256 рамочной модели"},
    {"Language", "Langue", "Язык"},
    {"Software", "Logiciel", "Программа"},
    {"Provenance", "Provenance", "Происхождение данных"},
    {"Overall", "Ensemble", "В целом"},
    {"Rated indicators", "Indicateurs évalués", "Оценённые индикаторы"},
    {"Applicable indicators", "Indicateurs applicables", "Применимые индикаторы"},
    {"Largest gaps", "Écarts les plus grands", "Наибольшие разрывы"},
    {"Widest disagreements", "Désaccords les plus marqués", "Наибольшие расхождения"},
    {"Current and target level by domain", "Niveau actuel et cible par domaine", "Текущий и целевой уровень по доменам"},
    {"Level by domain", "Niveau par domaine", "Уровень по доменам"},
    {"Digital maturity assessment", "Évaluation de la maturité numérique", "Оценка цифровой зрелости"},
    {"Agreed by the room", "Convenu en séance", "Согласовано участниками"},
    {"N/A", "S.O.", "Н/П"},
    {"yes", "oui", "да"},
    {"no", "non", "нет"},
    // Roadmap.
    {"Step", "Étape", "Шаг"},
    {"Phase", "Phase", "Этап"},
    {"From month", "Du mois", "С месяца"},
    {"To month", "Au mois", "По месяц"},
    {"Owner", "Responsable", "Ответственный"},
    {"Effort", "Effort", "Трудоёмкость"},
    {"Points", "Points", "Баллы"},
    {"Action", "Action", "Действие"},
    {"After", "Après", "После"},
    {"Why", "Pourquoi", "Почему"},
    {"Beyond horizon", "Hors horizon", "За горизонтом"},
    {"Beyond the horizon", "Au-delà de l'horizon", "За горизонтом планирования"},
    {"Load per phase", "Charge par phase", "Нагрузка по этапам"},
    {"Months", "Mois", "Месяцы"},
    {"months", "mois", "мес."},
    {"Capacity", "Capacité", "Ёмкость"},
    {"Load", "Charge", "Нагрузка"},
    {"Use", "Utilisation", "Загрузка"},
    {"Excluded by the team", "Exclues par l'équipe", "Исключены командой"},
    {"Problems", "Problèmes", "Проблемы"},
    {"pinned by the team", "fixée par l'équipe", "закреплён командой"},
    {"beyond target, needed by a prerequisite", "au-delà de la cible, requis par un prérequis",
     "выше цели, требуется как предпосылка"},
    {"These steps do not fit the phases' capacity, or wait for one that does not.",
     "Ces étapes ne tiennent pas dans la capacité des phases, ou attendent une étape qui n'y tient pas.",
     "Эти шаги не помещаются в ёмкость этапов или ждут шага, который не помещается."},
    {"No step: every rated indicator is at or above its target.",
     "Aucune étape : chaque indicateur évalué a atteint sa cible.",
     "Шагов нет: каждый оценённый индикатор достиг цели."},
    // Gaps and Summary notes.
    {"No rated indicator is below its target.", "Aucun indicateur évalué n'est sous sa cible.",
     "Нет оценённых индикаторов ниже цели."},
    {"To investigate: level unknown or not yet discussed", "À instruire : niveau inconnu ou pas encore discuté",
     "Требует изучения: уровень неизвестен или не обсуждался"},
    {"The room agreed within one level on every indicator.",
     "Les participants s'accordent à un niveau près sur chaque indicateur.",
     "По каждому индикатору мнения расходятся не более чем на один уровень."},
    {"Figures are computed as described on the Method sheet: they are formulas over the Indicators sheet, so "
     "changing a level there updates every score.",
     "Les chiffres sont calculés comme indiqué dans la feuille Méthode : ce sont des formules sur la feuille "
     "Indicateurs, et modifier un niveau met à jour tous les scores.",
     "Показатели рассчитаны по методике на листе «Методика»: это формулы по листу «Индикаторы», и изменение "
     "уровня там обновляет все оценки."},
    {"No participant recorded.", "Aucun participant enregistré.", "Участники не указаны."},
    {"No system recorded.", "Aucun système enregistré.", "Системы не указаны."},
    {"No data flow recorded.", "Aucun flux de données enregistré.", "Потоки данных не указаны."},
    // Systems and flows.
    {"Category", "Catégorie", "Категория"},
    {"Hosting", "Hébergement", "Размещение"},
    {"Maturity", "Maturité", "Зрелость"},
    {"Linked indicators", "Indicateurs liés", "Связанные индикаторы"},
    {"From", "De", "Откуда"},
    {"To", "Vers", "Куда"},
    {"Data", "Données", "Данные"},
    {"Mechanism", "Mécanisme", "Механизм"},
    {"Frequency", "Fréquence", "Частота"},
    {"Agreement", "Accord", "Соглашение"},
    // Method.
    {"How the figures are computed", "Comment les chiffres sont calculés", "Как рассчитываются показатели"},
    {"An indicator's level is the level the room agreed, otherwise the lower median of the level votes: a level is "
     "never rounded up.",
     "Le niveau d'un indicateur est celui convenu en séance, sinon la médiane inférieure des votes : un niveau n'est "
     "jamais arrondi vers le haut.",
     "Уровень индикатора — согласованный участниками, иначе нижняя медиана голосов: уровень никогда не "
     "округляется вверх."},
    {"Not applicable and unknown are never counted as a level: they are left out of every mean. Unknown and "
     "unanswered indicators lower completeness instead.",
     "« Sans objet » et « inconnu » ne comptent jamais comme un niveau : ils sont exclus de toute moyenne. Les "
     "indicateurs inconnus ou sans réponse réduisent la complétude.",
     "«Неприменимо» и «неизвестно» никогда не считаются уровнем и не входят в средние. Неизвестные и "
     "неотвеченные индикаторы снижают полноту."},
    {"Domain level = sum(weight x level) / sum(weight) over the domain's rated indicators. The Domains sheet "
     "computes it with formulas over the Level and Weight columns of the Indicators sheet: an indicator counts "
     "when its level cell holds a number.",
     "Niveau d'un domaine = somme(poids x niveau) / somme(poids) sur ses indicateurs évalués. La feuille Domaines "
     "le calcule par des formules sur les colonnes Niveau et Poids de la feuille Indicateurs : un indicateur "
     "compte quand sa cellule Niveau contient un nombre.",
     "Уровень домена = сумма(вес x уровень) / сумма(вес) по его оценённым индикаторам. Лист «Домены» считает его "
     "формулами по столбцам «Уровень» и «Вес» листа «Индикаторы»: индикатор учитывается, если в ячейке уровня "
     "число."},
    {"Stage = the level rounded down; index = 100 x (level - 1) / (number of levels - 1).",
     "Stade = le niveau arrondi à l'entier inférieur ; indice = 100 x (niveau - 1) / (nombre de niveaux - 1).",
     "Стадия = уровень, округлённый вниз; индекс = 100 x (уровень - 1) / (число уровней - 1)."},
    {"Completeness = rated indicators / applicable indicators (relevant and not \"not applicable\").",
     "Complétude = indicateurs évalués / indicateurs applicables (pertinents et non « sans objet »).",
     "Полнота = оценённые индикаторы / применимые индикаторы (актуальные и не «неприменимо»)."},
    {"Overall level = the mean of the domain levels weighted by the domain weights, over the domains that have a "
     "level.",
     "Niveau d'ensemble = moyenne des niveaux des domaines pondérée par leurs poids, sur les domaines qui ont un "
     "niveau.",
     "Общий уровень = среднее уровней доменов, взвешенное по весам доменов, по доменам, у которых есть уровень."},
    {"Gap = target - level, for rated indicators. The roadmap turns each gap into one step per level, ordered by "
     "prerequisites and the system map, and placed in phases by effort capacity.",
     "Écart = cible - niveau, pour les indicateurs évalués. La feuille de route fait de chaque écart une étape par "
     "niveau, ordonnée par les prérequis et la carte des systèmes, et placée en phases selon la capacité.",
     "Разрыв = цель - уровень для оценённых индикаторов. Дорожная карта превращает каждый разрыв в шаги по одному "
     "уровню, упорядоченные по предпосылкам и карте систем и распределённые по этапам по ёмкости."},
    {"The Gaps, Roadmap and Summary lists are computed when the workbook is written: they do not follow later "
     "edits, the scores do.",
     "Les listes des feuilles Écarts, Feuille de route et Synthèse sont calculées à l'écriture du classeur : elles "
     "ne suivent pas les modifications ultérieures, les scores si.",
     "Списки на листах «Разрывы», «Дорожная карта» и «Сводка» рассчитаны при создании книги и не меняются при "
     "правках; оценки меняются."},
    {"The full method, with a worked example, is in docs/methodology.md of Socle.",
     "La méthode complète, avec un exemple détaillé, figure dans docs/methodology.md de Socle.",
     "Полная методика с разобранным примером — в docs/methodology.md в Socle."},
    // Labels from the core (scoring, assessment, frameworks), N_() marked there.
    {"Not applicable", "Sans objet", "Неприменимо"},
    {"Unknown", "Inconnu", "Неизвестно"},
    {"Not relevant", "Non pertinent", "Неактуально"},
    {"Unanswered", "Sans réponse", "Нет ответа"},
    {"Not stated", "Non précisé", "Не указано"},
    {"Self-reported", "Déclaratif", "Со слов"},
    {"Documented", "Documenté", "Документально"},
    {"Verified", "Vérifié", "Проверено"},
    {"Planned", "Prévu", "Планируется"},
    {"Pilot", "Pilote", "Пилот"},
    {"Operational", "En service", "Эксплуатируется"},
    {"Legacy", "Ancien", "Устаревшая"},
    {"Retiring", "En retrait", "Выводится"},
    {"Paper / manual re-keying", "Papier / ressaisie manuelle", "Бумага / ручной ввод"},
    {"File transfer", "Transfert de fichiers", "Передача файлов"},
    {"Direct database link", "Lien direct entre bases", "Прямая связь баз данных"},
    {"API", "API", "API"},
    {"Standards-based API (e.g. DCI)", "API normalisée (ex. DCI)", "Стандартный API (напр. DCI)"},
    {"Civil registration (CRVS)", "État civil (CRVS)", "Регистрация актов гражданского состояния"},
    {"Foundational / national ID", "Identité nationale", "Национальная идентификация"},
    {"Social registry", "Registre social", "Социальный регистр"},
    {"Integrated beneficiary registry", "Registre intégré des bénéficiaires", "Единый регистр получателей"},
    {"Programme MIS", "SIG de programme", "ИС программы"},
    {"Social insurance", "Assurance sociale", "Социальное страхование"},
    {"Health insurance", "Assurance maladie", "Медицинское страхование"},
    {"Payment platform", "Plateforme de paiement", "Платёжная платформа"},
    {"ID-account mapper", "Correspondance ID-compte", "Сопоставление ID и счетов"},
    {"Financial service provider", "Prestataire de services financiers", "Поставщик финансовых услуг"},
    {"Tax administration", "Administration fiscale", "Налоговая служба"},
    {"Employment services", "Services de l'emploi", "Службы занятости"},
    {"Grievance and case management", "Plaintes et gestion des dossiers", "Жалобы и ведение случаев"},
    {"Data warehouse and analytics", "Entrepôt de données et analyse", "Хранилище данных и аналитика"},
    {"GIS", "SIG", "ГИС"},
    {"Data exchange layer", "Couche d'échange de données", "Платформа обмена данными"},
    {"Other", "Autre", "Другое"},
};
// clang-format on

const std::unordered_map<std::string_view, const Label*>& index() {
    static const auto map = [] {
        std::unordered_map<std::string_view, const Label*> built;
        for (const auto& label : kLabels) built.emplace(label.en, &label);
        return built;
    }();
    return map;
}

}  // namespace

std::string_view workbook_label(std::string_view english, std::string_view lang) {
    const std::string_view base = lang.substr(0, lang.find_first_of("_-"));
    if (base != "fr" && base != "ru") return english;
    const auto found = index().find(english);
    if (found == index().end()) return english;
    const std::string_view text = base == "fr" ? found->second->fr : found->second->ru;
    return text.empty() ? english : text;
}

bool has_workbook_label(std::string_view english) { return index().count(english) > 0; }

std::vector<std::string> workbook_label_languages() { return {"fr", "ru"}; }

std::vector<std::string> incomplete_workbook_labels() {
    std::vector<std::string> missing;
    for (const auto& label : kLabels)
        if (label.fr.empty() || label.ru.empty()) missing.emplace_back(label.en);
    return missing;
}

}  // namespace socle::exports
