"""The agreement's clauses, German and English side by side (merged into texts.TEXTS).

The clauses are proposals of form a legal office will recognise (parties, subject, tasks,
powers, resources, council resolutions, reporting, review, entry into force, final
provisions). They state only what the workshop recorded and what follows from the
document's own structure; where the law decides, they point to the Land's paragraph that
`domain.legal` cites instead of restating it.
"""

from __future__ import annotations

WORDING: dict[str, dict[str, str]] = {
    "clause": {"de": "§ {n}", "en": "Clause {n}"},
    "annex": {"de": "Anlage {n}", "en": "Annex {n}"},
    "cover_file_number": {"de": "Aktenzeichen", "en": "File number"},
    "h.agreement": {
        "de": "Vereinbarung über die Digitalisierungsrolle (Chief Digital Officer, CDO)",
        "en": "Agreement on the role of the Chief Digital Officer (CDO)",
    },
    "parties.between": {"de": "zwischen", "en": "between"},
    "kind_name.gemeinde": {"de": "Gemeinde {name}", "en": "the Municipality of {name}"},
    "kind_name.stadt": {"de": "Stadt {name}", "en": "the Town of {name}"},
    "kind_name.kreisfreie_stadt": {"de": "Stadt {name}", "en": "the City of {name}"},
    "kind_name.verbandsgemeinde": {
        "de": "Verbandsgemeinde {name}",
        "en": "the Association of Municipalities {name}",
    },
    "kind_name.landkreis": {"de": "Landkreis {name}", "en": "the District of {name}"},
    "kind_name.other": {"de": "{name}", "en": "{name}"},
    "parties.municipality": {
        "de": "{municipality}, vertreten durch {who}{represents}",
        "en": "{municipality}, represented by {who}{represents}",
    },
    "parties.municipality_by": {
        "de": "{municipality}, vertreten durch {head}{represents}, dieser vertreten durch {who}",
        "en": "{municipality}, represented by {head}{represents}, acting through {who}",
    },
    "parties.municipality_as": {
        "de": "– im Folgenden „{term}“ –",
        "en": "– hereinafter “the {term}” –",
    },
    "parties.and": {"de": "und", "en": "and"},
    "parties.cdo": {"de": "{name}{function}", "en": "{name}{function}"},
    "parties.cdo_as": {"de": "– im Folgenden „CDO“ –", "en": "– hereinafter “the CDO” –"},
    "parties.blank": {"de": "(Name)", "en": "(name)"},
    "h.preamble": {"de": "Präambel", "en": "Preamble"},
    "preamble.annex": {
        "de": "Die Arbeitsergebnisse des Workshops (Kennzahlen, Diagramme, Abstimmungen, offene"
        " Punkte) sind in Anlage 3 dokumentiert. Sie erläutern diese Vereinbarung, sind aber"
        " nicht Teil dessen, was unterzeichnet wird.",
        "en": "The results of the workshop (scores, charts, votes, open points) are documented"
        " in Annex 3. They explain this agreement but are not part of what is signed.",
    },
    # -- § 1 subject ------------------------------------------------------------------
    "h.subject": {"de": "Gegenstand und Ziele", "en": "Subject and goals"},
    "subject.1": {
        "de": "Diese Vereinbarung regelt Stellung, Aufgaben, Befugnisse und Ressourcen der"
        " CDO-Rolle in der Verwaltung {of_term} sowie die Zusammenarbeit mit den"
        " übrigen Stellen.",
        "en": "This agreement governs the position, tasks, powers and resources of the CDO role"
        " in the administration {of_term} and its cooperation with the other units.",
    },
    "subject.goals": {
        "de": "Die Rolle dient folgenden Zielen (Priorität, Zeithorizont):",
        "en": "The role serves these goals (priority, horizon):",
    },
    "subject.no_goals": {
        "de": "Ziele der Rolle wurden im Workshop nicht festgehalten.",
        "en": "No goals of the role were recorded in the workshop.",
    },
    "goal_item": {"de": "{text} ({priority}, {horizon})", "en": "{text} ({priority}, {horizon})"},
    # -- § 2 position -----------------------------------------------------------------
    "h.position": {"de": "Stellung in der Verwaltung", "en": "Position in the administration"},
    # -- § 3 tasks --------------------------------------------------------------------
    "h.tasks": {"de": "Aufgaben", "en": "Tasks"},
    "tasks.1": {
        "de": "Die oder der CDO nimmt folgende Aufgaben wahr (R = führt durch, A = trägt die"
        " Verantwortung; was sie oder er dabei entscheiden darf, regelt § 4):",
        "en": "The CDO carries out these tasks (R = does the work, A = answers for it; what the"
        " CDO may decide in doing so is governed by clause 4):",
    },
    "tasks.2": {
        "de": "Wer bei den übrigen Aufgaben durchführt, entscheidet, beteiligt oder informiert"
        " wird, ergibt sich aus der Aufgabenverteilung in Anlage 1.",
        "en": "Who does, decides, is consulted on or informed of the other tasks follows from"
        " the distribution of tasks in Annex 1.",
    },
    "tasks.competences": {
        "de": "Die Aufgaben erfordern insbesondere: {list}.",
        "en": "The tasks require in particular: {list}.",
    },
    # -- § 4 powers -------------------------------------------------------------------
    "h.powers": {"de": "Befugnisse", "en": "Powers"},
    "powers.1": {
        "de": "Für die folgenden Entscheidungsbereiche gilt die jeweils vereinbarte"
        " Delegationsstufe; Anlage 2 beschreibt, wer auf welcher Stufe entscheidet (Leitung ist"
        " die Verwaltungsspitze, in Angelegenheiten der gewählten Vertretung ({council}) diese):",
        "en": "For the following decision areas the delegation level agreed for each applies;"
        " Annex 2 describes who decides at which level (the head is the head of the"
        " administration, in matters of the {council} the {council}):",
    },
    "powers.2": {
        "de": "Angelegenheiten, die das Gesetz der gewählten Vertretung ({council}) vorbehält,"
        " bleiben bei ihr ({reserved}). Die vereinbarten Stufen gelten nur im Rahmen der"
        " Zuständigkeiten, die die Verwaltungsspitze ({head}) übertragen kann. Die rechtlichen"
        " Obergrenzen in der Tabelle beruhen auf den im Workshop hinterlegten Angaben zum"
        " Landesrecht; sie sind vor der Unterzeichnung von der Rechtsprüfung {of_term} zu"
        " bestätigen.",
        "en": "Matters the law reserves to the {council} remain with it ({reserved}). The agreed"
        " levels apply only within the powers that the {head} can delegate. The legal limits"
        " in the table rest on the Land law recorded in the workshop; the legal review"
        " {of_term} confirms them before signing.",
    },
    "col.level_agreed": {"de": "Vereinbarte Stufe", "en": "Agreed level"},
    "col.limit": {"de": "Rechtliche Obergrenze", "en": "Legal limit"},
    # -- § 5 cooperation --------------------------------------------------------------
    "h.cooperation": {"de": "Zusammenarbeit", "en": "Cooperation"},
    "cooperation.1": {
        "de": "Für die Aufgaben ist die oder der CDO auf folgende Stellen angewiesen:",
        "en": "For its tasks the CDO depends on these units:",
    },
    # -- § 6 resources ----------------------------------------------------------------
    "h.resources": {"de": "Ressourcen", "en": "Resources"},
    "resources.1": {
        "de": "Für die Rolle stehen folgende Ressourcen zur Verfügung oder sind vorgeschlagen:",
        "en": "These resources are available or proposed for the role:",
    },
    "resources.proviso": {
        "de": "Vorgeschlagene Mittel und Stellen stehen unter dem Vorbehalt der Beschlüsse"
        " nach § 7.",
        "en": "Proposed funds and posts are subject to the resolutions under clause 7.",
    },
    # -- § 7 council ------------------------------------------------------------------
    "h.council": {
        "de": "Beschlüsse der gewählten Vertretung ({council})",
        "en": "Resolutions of the {council}",
    },
    "council.approved": {
        "de": "Bereits beschlossen (im Haushalt bewilligt) sind:",
        "en": "Already resolved (approved in the budget):",
    },
    "council.items": {
        "de": "Nach den im Workshop erfassten Angaben bedürfen folgende Punkte eines"
        " Beschlusses der gewählten Vertretung ({council}):",
        "en": "According to what the workshop recorded, these points need a resolution of the"
        " {council}:",
    },
    "council.areas": {
        "de": "Die Entscheidungen, die § 4 der gewählten Vertretung ({council}) vorbehält,"
        " trifft sie im Einzelfall; diese Vereinbarung ersetzt sie nicht. Es sind:",
        "en": "The decisions clause 4 reserves to the {council} are taken by it case by case;"
        " this agreement does not replace them. They are:",
    },
    "council.no_items": {
        "de": "Nach den im Workshop erfassten Angaben enthält diese Vereinbarung keinen Punkt, der"
        " einem Beschluss der gewählten Vertretung ({council}) bedarf. Die Rechtsprüfung {of_term}"
        " bleibt davon unberührt.",
        "en": "According to what the workshop recorded, this agreement contains no point that"
        " needs a resolution of the {council}. The legal review {of_term} is not"
        " replaced by this.",
    },
    "council.resource": {
        "de": "{kind}: {amount} ({period}, {status})",
        "en": "{kind}: {amount} ({period}, {status})",
    },
    "council.taken": {
        "de": "Die gewählte Vertretung ({council}) hat hierüber am {date} beschlossen (Beschluss"
        " Nr. {number}).",
        "en": "The {council} resolved on this on {date} (resolution no. {number}).",
    },
    "council.planned": {
        "de": "Diese Punkte stehen unter dem Vorbehalt des Beschlusses der gewählten Vertretung"
        " ({council}) in der"
        " Sitzung vom {date}.",
        "en": "These points are subject to the resolution of the {council} at its meeting of"
        " {date}.",
    },
    "council.pending": {
        "de": "Diese Punkte stehen unter dem Vorbehalt eines Beschlusses der gewählten"
        " Vertretung ({council}).",
        "en": "These points are subject to a resolution of the {council}.",
    },
    "council.members": {
        "de": "Mitglieder der gewählten Vertretung ({council}), die diese Vereinbarung"
        " unterzeichnen, bestätigen damit"
        " die Kenntnisnahme; sie handeln nicht für die Vertretung, die nur durch Beschluss"
        " entscheidet.",
        "en": "Members of the {council} who sign this agreement acknowledge it; they do not act"
        " for the {council}, which decides only by resolution.",
    },
    # -- § 8 measures -----------------------------------------------------------------
    "h.measures": {"de": "Maßnahmen", "en": "Measures"},
    "measures.intro": {
        "de": "Die Beteiligten haben folgende Maßnahmen vereinbart:",
        "en": "The parties agreed on these measures:",
    },
    "measures.none": {
        "de": "Maßnahmen wurden nicht vereinbart.",
        "en": "No measures were agreed.",
    },
    # -- § 9 reporting ----------------------------------------------------------------
    "h.reporting": {"de": "Berichtswesen", "en": "Reporting"},
    "reporting.1": {
        "de": "Die oder der CDO berichtet regelmäßig über den Stand der Aufgaben nach § 3 und"
        " der Maßnahmen nach § 8. Berichtslinie: {line}.",
        "en": "The CDO reports regularly on the state of the tasks under clause 3 and the"
        " measures under clause 8. Reporting line: {line}.",
    },
    "reporting.2": {
        "de": "Die Verwaltungsspitze ({head}) unterrichtet die gewählte Vertretung ({council})"
        " über die Punkte, die nach § 7 ihres Beschlusses bedürfen.",
        "en": "The {head} informs the {council} about the points that need its resolution under"
        " clause 7.",
    },
    # -- § 10 review ------------------------------------------------------------------
    "h.review": {"de": "Überprüfung", "en": "Review"},
    # -- § 11 entry into force --------------------------------------------------------
    "h.force": {"de": "Inkrafttreten und Laufzeit", "en": "Entry into force and term"},
    "force.1": {
        "de": "Diese Vereinbarung tritt mit der Unterzeichnung durch beide Parteien in Kraft."
        " Regelungen, die unter dem Vorbehalt eines Beschlusses nach § 7 stehen, werden erst"
        " mit diesem Beschluss wirksam.",
        "en": "This agreement enters into force when both parties have signed it. Provisions"
        " that are subject to a resolution under clause 7 take effect only with that"
        " resolution.",
    },
    "force.2": {
        "de": "Sie gilt, bis sie geändert oder aufgehoben wird. Jede Partei kann die Überprüfung"
        " nach § 10 jederzeit vorzeitig verlangen; sie kann zu einer Anpassung führen.",
        "en": "It applies until it is amended or revoked. Either party may ask for the review"
        " under clause 10 at any time before its date; it may lead to an amendment.",
    },
    # -- § 12 final provisions --------------------------------------------------------
    "h.final": {"de": "Schlussbestimmungen", "en": "Final provisions"},
    "final.1": {
        "de": "Änderungen und Ergänzungen dieser Vereinbarung werden schriftlich vereinbart.",
        "en": "Amendments and additions to this agreement are made in writing.",
    },
    "final.2": {
        "de": "Arbeits- und dienstrechtliche Regelungen, insbesondere Arbeitsvertrag und"
        " Stellenbewertung, bleiben unberührt, ebenso die Beteiligungsrechte der"
        " Personalvertretung{act}.",
        "en": "Employment and civil-service rules, in particular the employment contract and"
        " the grading of the post, are not affected, nor are the participation rights of the"
        " staff council{act}.",
    },
    "final.3": {
        "de": "Sollte eine Bestimmung dieser Vereinbarung unwirksam sein oder werden, bleiben"
        " die übrigen Bestimmungen wirksam.",
        "en": "Should a provision of this agreement be or become invalid, the other provisions"
        " remain in force.",
    },
    "final.4": {
        "de": "Die Anlagen 1 und 2 sind Bestandteil dieser Vereinbarung; bei Widersprüchen geht"
        " der Text der Vereinbarung den Anlagen vor. Anlage 3 dokumentiert die"
        " Arbeitsergebnisse des Workshops zur Erläuterung; sie ist nicht Bestandteil der"
        " Vereinbarung.",
        "en": "Annexes 1 and 2 are part of this agreement; where they conflict with its text,"
        " the text prevails. Annex 3 documents the results of the workshop as an explanation;"
        " it is not part of the agreement.",
    },
    "final.5": {
        "de": "Die Vereinbarung wird in zwei gleichlautenden Ausfertigungen unterzeichnet; jede"
        " Partei erhält eine.",
        "en": "The agreement is signed in two identical copies; each party receives one.",
    },
    "final.language": {
        "de": "Verbindlich ist die deutsche Fassung.",
        "en": "This English version is a convenience translation; only the German version is"
        " binding.",
    },
    # -- annexes and signatures -------------------------------------------------------
    "h.annexes": {"de": "Anlagen", "en": "Annexes"},
    "annex.raci": {
        "de": "Aufgabenverteilung (RACI-Matrix)",
        "en": "Distribution of tasks (RACI matrix)",
    },
    "annex.levels": {"de": "Delegationsstufen", "en": "Delegation levels"},
    "annex.results": {
        "de": "Arbeitsergebnisse des Workshops (nicht Bestandteil der Vereinbarung)",
        "en": "Results of the workshop (not part of the agreement)",
    },
    "annex.not_part": {
        "de": "{annex} – nicht Bestandteil der Vereinbarung",
        "en": "{annex} – not part of the agreement",
    },
    "annex.results_short": {
        "de": "Arbeitsergebnisse des Workshops",
        "en": "Results of the workshop",
    },
    "signatures.for_municipality": {"de": "Für {for_term}", "en": "For {for_term}"},
    "signatures.cdo": {"de": "CDO", "en": "CDO"},
    "signatures.acknowledged": {
        "de": "Zur Kenntnis genommen (ohne Vertretungswirkung)",
        "en": "Acknowledged (without power of representation)",
    },
    # -- annex 1: RACI check ----------------------------------------------------------
    "raci.flagged": {
        "de": "Hinweis: Bei {count} Aufgaben ist die Zuordnung unvollständig oder mehrdeutig"
        " (mit ⚑ markiert); sie ist vor der Unterzeichnung zu klären.",
        "en": "Note: for {count} tasks the assignment is incomplete or ambiguous (marked ⚑);"
        " it is to be settled before signing.",
    },
    "raci.flagged_one": {
        "de": "Hinweis: Bei einer Aufgabe ist die Zuordnung unvollständig oder mehrdeutig (mit"
        " ⚑ markiert); sie ist vor der Unterzeichnung zu klären.",
        "en": "Note: for one task the assignment is incomplete or ambiguous (marked ⚑); it is"
        " to be settled before signing.",
    },
    # -- annex 3: results -------------------------------------------------------------
    "results.intro": {
        "de": "Diese Anlage dokumentiert, wie die Vereinbarung zustande kam: wer teilnahm, was"
        " die Gruppen erwarteten, wie sie abstimmten, was die App aus den Angaben ableitet und"
        " welche Empfehlungen offen oder abgelehnt sind. Sie ist nicht Bestandteil der"
        " Vereinbarung und wird nicht unterzeichnet.",
        "en": "This annex documents how the agreement came about: who took part, what the"
        " groups expected, how they voted, what the app derives from the entries and which"
        " recommendations are open or declined. It is not part of the agreement and is not"
        " signed.",
    },
    "h.participants": {"de": "Teilnehmende", "en": "Participants"},
    "h.votes": {"de": "Stimmen je Entscheidungsbereich", "en": "Votes per decision area"},
    "h.raci_check": {
        "de": "Prüfung der Aufgabenverteilung",
        "en": "Check of the task distribution",
    },
    "raci_check.none": {
        "de": "Jede Aufgabe hat genau eine verantwortliche (A) und mindestens eine"
        " durchführende Stelle (R).",
        "en": "Every task has exactly one accountable (A) and at least one responsible party (R).",
    },
    "raci_check.no_responsible": {
        "de": "{task}: niemand führt durch (kein R)",
        "en": "{task}: nobody does the work (no R)",
    },
    "raci_check.no_accountable": {
        "de": "{task}: niemand trägt die Verantwortung (kein A)",
        "en": "{task}: nobody answers for it (no A)",
    },
    "raci_check.multiple_accountable": {
        "de": "{task}: mehrere tragen die Verantwortung (A: {actors})",
        "en": "{task}: several answer for it (A: {actors})",
    },
    "h.open_recommendations": {
        "de": "Offene Empfehlungen",
        "en": "Open recommendations",
    },
    "open_recommendations.none": {
        "de": "Alle Empfehlungen der Analyse wurden angenommen oder abgelehnt.",
        "en": "Every recommendation of the analysis was accepted or declined.",
    },
    "h.declined": {"de": "Abgelehnte Empfehlungen", "en": "Declined recommendations"},
    "declined.none": {
        "de": "Keine Empfehlung wurde abgelehnt.",
        "en": "No recommendation was declined.",
    },
    "severity.high": {"de": "hoch", "en": "high"},
    "severity.medium": {"de": "mittel", "en": "medium"},
    "severity.low": {"de": "niedrig", "en": "low"},
    "col.severity": {"de": "Gewicht", "en": "Weight"},
    "col.recommendation": {"de": "Empfehlung", "en": "Recommendation"},
}
