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
    // The planner's default phase names, and its reasons and problems as
    // worded by scoring/roadmap_text.cpp (templates: the values go in after).
    {"0-6 months", "0-6 mois", "0-6 месяцев"},
    {"6-18 months", "6-18 mois", "6-18 месяцев"},
    {"18-36 months", "18-36 mois", "18-36 месяцев"},
    {"{indicator} to level {to_level} needs {prerequisite} at level {level}",
     "{indicator} au niveau {to_level} exige {prerequisite} au niveau {level}",
     "для {indicator} на уровне {to_level} нужен {prerequisite} на уровне {level}"},
    {"{flows} and {count} more flows",
     "{flows} et {count} autres flux",
     "{flows} и ещё потоков: {count}"},
    {"Waits for {step}: the level before comes first.",
     "Attend {step} : le niveau précédent vient d'abord.",
     "Ждёт {step}: сначала предыдущий уровень."},
    {"Waits for {step}: {rule}.",
     "Attend {step} : {rule}.",
     "Ждёт {step}: {rule}."},
    {"Waits for {step}: in the system map, {consumer} depends on {provider} ({flows}).",
     "Attend {step} : dans la carte des systèmes, {consumer} dépend de {provider} ({flows}).",
     "Ждёт {step}: на карте систем {consumer} зависит от {provider} ({flows})."},
    {"{rule}, whose level is not known yet: check it before this step.",
     "{rule}, dont le niveau n'est pas encore connu : vérifiez-le avant cette étape.",
     "{rule}, но его уровень ещё не известен: проверьте его до этого шага."},
    {"The system map would also put it after {steps}, but a prerequisite runs the other way.",
     "La carte des systèmes la placerait aussi après {steps}, mais un prérequis impose l'ordre inverse.",
     "Карта систем поставила бы его также после {steps}, но предварительное условие требует обратного порядка."},
    {"Waits for {step}, which the team excluded.",
     "Attend {step}, que l'équipe a exclue.",
     "Ждёт {step}, который команда исключила."},
    {"Waits for {step}, which is beyond the horizon.",
     "Attend {step}, qui est au-delà de l'horizon.",
     "Ждёт {step}, который находится за горизонтом."},
    {"Placed later: {phases} had no room left for it (effort points: {points}).",
     "Placée plus tard : plus de place libre en {phases} (points d'effort : {points}).",
     "Перенесён позже: не осталось места ({phases}; баллы трудоёмкости: {points})."},
    {"No phase has room left for it (effort points: {points}; full: {phases}).",
     "Aucune phase n'a plus de place pour elle (points d'effort : {points} ; pleines : {phases}).",
     "Ни в одном этапе не осталось для него места (баллы трудоёмкости: {points}; заполнены: {phases})."},
    {"Step {step} is pinned to {phase}, before steps it waits for: {steps}.",
     "L'étape {step} est fixée à {phase}, avant des étapes qu'elle attend : {steps}.",
     "Шаг {step} закреплён за этапом «{phase}», раньше шагов, которых он ждёт: {steps}."},
    {"Step {step} is pinned to an unknown phase, {phase}: it was planned as if not pinned.",
     "L'étape {step} est fixée à une phase inconnue, {phase} : elle a été planifiée comme si elle ne l'était pas.",
     "Шаг {step} закреплён за неизвестным этапом {phase}: он спланирован так, как если бы не был закреплён."},
    {"Step {step} is pinned but no longer in the plan: its indicator may have reached that level.",
     "L'étape {step} est fixée mais n'est plus dans le plan : son indicateur a peut-être atteint ce niveau.",
     "Шаг {step} закреплён, но его больше нет в плане: возможно, индикатор уже достиг этого уровня."},
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
    // The Dependencies sheet and the Summary's dependency findings
    // (exports/workbook_dependencies.cpp).
    {"Key dependency findings", "Principaux constats sur les dépendances", "Основные выводы о зависимостях"},
    {"No system map recorded.", "Aucune carte des systèmes enregistrée.", "Карта систем не записана."},
    {"Interoperability index (0-100)", "Indice d'interopérabilité (0-100)", "Индекс интероперабельности (0-100)"},
    {"none", "aucun", "нет"},
    {"of", "sur", "из"},
    {"Flows by mechanism", "Flux par mécanisme", "Потоки по механизму"},
    {"Flows without a legal agreement", "Flux sans accord juridique", "Потоки без правового соглашения"},
    {"Foundations (depend on no other system)", "Fondations (ne dépendent d'aucun autre système)",
     "Основа (не зависят ни от какой другой системы)"},
    {"Cycles (modernise together)", "Cycles (à moderniser ensemble)", "Циклы (модернизировать вместе)"},
    {"Main hubs (betweenness)", "Principaux carrefours (intermédiarité)", "Главные узлы (посредничество)"},
    {"Single points of failure", "Points de défaillance uniques", "Единые точки отказа"},
    {"Widest outage impact", "Panne à l'impact le plus large", "Сбой с наибольшими последствиями"},
    {"other systems affected", "autres systèmes touchés", "других систем затронуто"},
    {"Silos (no flows)", "Silos (aucun flux)", "Изолированные системы (без потоков)"},
    {"Critical links (their loss splits the map)", "Liens critiques (leur perte coupe la carte)",
     "Критические связи (их потеря разделяет карту)"},
    {"No single link holds the map together.", "Aucun lien ne tient à lui seul la carte.",
     "Ни одна связь не держит карту в одиночку."},
    {"Interoperability by mechanism", "Interopérabilité par mécanisme", "Интероперабельность по механизму"},
    {"Share", "Part", "Доля"},
    {"A legal agreement covers every flow.", "Un accord juridique couvre chaque flux.",
     "Каждый поток покрыт правовым соглашением."},
    {"A flow A -> B means B depends on data from A. Layers give the modernisation order: each system comes after "
     "everything it depends on; a cycle shares a layer.",
     "Un flux A -> B signifie que B dépend des données de A. Les couches donnent l'ordre de modernisation : chaque "
     "système vient après tout ce dont il dépend ; un cycle partage une couche.",
     "Поток A -> B означает, что B зависит от данных A. Слои задают порядок модернизации: каждая система идёт после "
     "всего, от чего она зависит; цикл занимает один слой."},
    {"Layer", "Couche", "Слой"},
    {"Cycle", "Cycle", "Цикл"},
    {"Betweenness", "Intermédiarité", "Посредничество"},
    {"Single point of failure", "Point de défaillance unique", "Единая точка отказа"},
    {"Silo", "Silo", "Изолирована"},
    {"Downstream", "En aval", "Ниже по потоку"},
    {"Affected by its outage", "Touchés par sa panne", "Затронуты её сбоем"},
    {"and {n} more", "et {n} autres", "и ещё {n}"},
    {"Upstream", "En amont", "Выше по потоку"},
    {"Depends on", "Dépend de", "Зависит от"},
    // The comparison workbook (exports/comparison_workbook*.cpp).
    {"Overview", "Aperçu", "Обзор"},
    {"Changes", "Évolutions", "Изменения"},
    {"Unmatched", "Non appariés", "Без соответствия"},
    {"Comparison of assessments", "Comparaison des évaluations", "Сравнение оценок"},
    {"Domain levels side by side", "Niveaux des domaines côte à côte", "Уровни доменов рядом"},
    {"Progress over rounds", "Progrès d'un cycle à l'autre", "Прогресс по раундам"},
    {"Peer comparison", "Comparaison entre pairs", "Сравнение с коллегами"},
    {"assessments", "évaluations", "оценок"},
    {"Read a low level together with its completeness: a half-finished assessment is not a finding.",
     "Lisez un niveau bas avec sa complétude : une évaluation à moitié faite n'est pas un constat.",
     "Читайте низкий уровень вместе с полнотой: незавершённая оценка — не вывод."},
    {"Assessment", "Évaluation", "Оценка"},
    {"Date", "Date", "Дата"},
    {"Anonymised", "Anonymisée", "Обезличена"},
    {"Overall level", "Niveau global", "Общий уровень"},
    {"Index", "Indice", "Индекс"},
    {"File", "Fichier", "Файл"},
    {"The chart shows the first assessments only; the tables hold all of them.",
     "Le graphique ne montre que les premières évaluations ; les tableaux les contiennent toutes.",
     "На диаграмме только первые оценки; в таблицах — все."},
    {"Id", "Id", "Id"},
    {"Kind", "Type", "Вид"},
    {"Present in", "Présent dans", "Есть в"},
    {"domain", "domaine", "домен"},
    {"indicator", "indicateur", "индикатор"},
    {"Every domain and indicator is in every assessment.",
     "Chaque domaine et chaque indicateur figurent dans toutes les évaluations.",
     "Каждый домен и индикатор есть во всех оценках."},
    {"How this comparison is made", "Comment cette comparaison est faite", "Как составлено это сравнение"},
    {"Each assessment is scored with the method of its own workbook; nothing is re-weighted.",
     "Chaque évaluation est notée selon la méthode de son propre classeur ; rien n'est repondéré.",
     "Каждая оценка рассчитана по методике своей книги; веса не пересчитываются."},
    {"Rows are matched by the framework's stable ids; ids only some assessments have are on the Unmatched sheet.",
     "Les lignes sont appariées par les identifiants stables du référentiel ; ceux que seules certaines évaluations ont "
     "figurent sur la feuille Non appariés.",
     "Строки сопоставлены по постоянным идентификаторам рамки; идентификаторы, которые есть лишь в некоторых оценках, "
     "— на листе «Без соответствия»."},
    {"A level is left empty when it is not rated (not applicable, unknown, unanswered or not in that framework version); "
     "empty levels are left out of every statistic.",
     "Un niveau reste vide s'il n'est pas évalué (sans objet, inconnu, sans réponse ou absent de cette version du "
     "référentiel) ; les niveaux vides sont exclus de toute statistique.",
     "Уровень пуст, если он не оценён (неприменимо, неизвестно, нет ответа или нет в этой версии рамки); пустые "
     "уровни не входят ни в какую статистику."},
    {"Median and quartiles: linear interpolation between the sorted levels (QUARTILE.INC); the formulas in the tables "
     "recompute them.",
     "Médiane et quartiles : interpolation linéaire entre les niveaux triés (QUARTILE.INCLURE) ; les formules des "
     "tableaux les recalculent.",
     "Медиана и квартили: линейная интерполяция между упорядоченными уровнями (QUARTILE.INC); формулы в таблицах "
     "пересчитывают их."},
    {"Position: above when the level exceeds the median by more than the threshold, below when it is lower by more "
     "than the threshold, otherwise at. Threshold (levels):",
     "Position : au-dessus si le niveau dépasse la médiane de plus que le seuil, en dessous s'il lui est inférieur de "
     "plus que le seuil, sinon à la médiane. Seuil (niveaux) :",
     "Положение: выше, если уровень превышает медиану больше чем на порог, ниже, если он меньше медианы больше чем "
     "на порог, иначе на медиане. Порог (уровней):"},
    {"Rounds are ordered by date; a change is this round's level minus the previous round's. A target is reached when "
     "a round is at or above it and the previous round was not.",
     "Les cycles sont classés par date ; une évolution est le niveau de ce cycle moins celui du précédent. Une cible "
     "est atteinte quand un cycle l'atteint ou la dépasse et que le précédent ne l'atteignait pas.",
     "Раунды упорядочены по дате; изменение — уровень этого раунда минус уровень предыдущего. Цель достигнута, если "
     "раунд на ней или выше, а предыдущий — нет."},
    {"Completeness = rated / applicable indicators; read low levels with low completeness with care.",
     "Complétude = indicateurs évalués / applicables ; lisez avec prudence les niveaux bas à faible complétude.",
     "Полнота = оценённые / применимые индикаторы; низкие уровни при низкой полноте читайте осторожно."},
    {"Median", "Médiane", "Медиана"},
    {"Q1", "Q1", "Q1"},
    {"Q3", "Q3", "Q3"},
    {"Position", "Position", "Положение"},
    {"Indicator", "Indicateur", "Индикатор"},
    {"In every assessment", "Dans toutes les évaluations", "Во всех оценках"},
    {"up", "en hausse", "вверх"},
    {"down", "en baisse", "вниз"},
    {"same", "inchangé", "без изменений"},
    {"newly rated", "nouvellement évalué", "впервые оценён"},
    {"no longer rated", "plus évalué", "больше не оценён"},
    {"Overall change", "Évolution globale", "Общее изменение"},
    {"Moved up", "En hausse", "Выросли"},
    {"Moved down", "En baisse", "Снизились"},
    {"Targets reached", "Cibles atteintes", "Достигнутые цели"},
    {"Newly rated", "Nouvellement évalués", "Впервые оценены"},
    {"No longer rated", "Plus évalués", "Больше не оценены"},
    {"Level before", "Niveau avant", "Уровень до"},
    {"Level after", "Niveau après", "Уровень после"},
    {"Change", "Évolution", "Изменение"},
    {"Movement", "Sens", "Направление"},
    {"Target reached", "Cible atteinte", "Цель достигнута"},
    {"below the median", "en dessous de la médiane", "ниже медианы"},
    {"at the median", "à la médiane", "на медиане"},
    {"above the median", "au-dessus de la médiane", "выше медианы"},
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
