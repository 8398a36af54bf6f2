"""The fixed text of the documents for HR and the council, German and English side by side
(merged into texts.TEXTS): the job description, the job advertisement and the council paper.

They say what the workshop recorded and leave to HR and the council what is theirs: the
grading of the post, the advertisement's final wording, the resolution itself.
"""

from __future__ import annotations

DOCUMENT_WORDING: dict[str, dict[str, str]] = {
    "doc.header": {"de": "{title} · {municipality}", "en": "{title} · {municipality}"},
    "doc.source": {
        "de": "Erstellt aus dem Workshop vom {date} (Inhalts-Fingerabdruck {fingerprint}).",
        "en": "Made from the workshop of {date} (content fingerprint {fingerprint}).",
    },
    "doc.source_no_date": {
        "de": "Erstellt aus den Workshop-Daten (Inhalts-Fingerabdruck {fingerprint}).",
        "en": "Made from the workshop data (content fingerprint {fingerprint}).",
    },
    "doc.to_fill": {
        "de": "(von der Personalabteilung einzutragen)",
        "en": "(to be filled in by HR)",
    },
    "doc.role_title": {"de": "Chief Digital Officer (CDO)", "en": "Chief Digital Officer (CDO)"},
    "doc.place_date": {
        "de": "Ort, Datum: ______________________",
        "en": "Place, date: ______________________",
    },
    # -- job description ----------------------------------------------------------------
    "jd.title": {"de": "Stellenbeschreibung", "en": "Job description"},
    "jd.status": {
        "de": "Entwurf für die Personalabteilung – aus dem Workshop abgeleitet",
        "en": "Draft for HR – derived from the workshop",
    },
    "jd.unit": {"de": "Organisationseinheit", "en": "Organisational unit"},
    "jd.post_title": {"de": "Stellenbezeichnung", "en": "Title of the post"},
    "jd.holder": {"de": "Stelleninhaberin/Stelleninhaber", "en": "Post holder"},
    "jd.grade": {"de": "Entgelt-/Besoldungsgruppe", "en": "Pay grade"},
    "jd.grade_value": {
        "de": "{grade} (wie im Workshop vereinbart; die Bewertung der Stelle nimmt die"
        " Personalabteilung nach § 12 TVöD bzw. dem Besoldungsrecht vor)",
        "en": "{grade} (as agreed in the workshop; HR grades the post under § 12 TVöD or the"
        " civil-service pay law)",
    },
    "jd.scope": {"de": "Umfang", "en": "Scope"},
    "jd.scope_value": {
        "de": "{fte}\u00a0VZÄ für die Rolle; davon die Stelleninhaberin/der Stelleninhaber"
        " {share}\u00a0% ihrer/seiner Arbeitszeit",
        "en": "{fte}\u00a0FTE for the role; of it the post holder {share}\u00a0% of their working"
        " time",
    },
    "jd.scope_fte": {"de": "{fte}\u00a0VZÄ für die Rolle", "en": "{fte}\u00a0FTE for the role"},
    "jd.h.position": {"de": "Einordnung in die Organisation", "en": "Position in the organisation"},
    "jd.reports_to": {"de": "Unmittelbar unterstellt", "en": "Reports to"},
    "jd.supervises": {"de": "Führt", "en": "Supervises"},
    "jd.supervises_none": {
        "de": "keine Beschäftigten (Koordination ohne Personalverantwortung)",
        "en": "no staff (coordination without line management)",
    },
    "jd.deputy": {"de": "Vertretung", "en": "Deputy"},
    "jd.h.aim": {"de": "Ziel der Stelle", "en": "Aim of the post"},
    "jd.aim": {
        "de": "Die Stelle gestaltet und steuert die Digitalisierung {of_term} als"
        " Querschnittsaufgabe. Sie dient insbesondere diesen Zielen:",
        "en": "The post shapes and steers the digitalisation {of_term} as a cross-cutting task."
        " It serves these goals in particular:",
    },
    "jd.h.processes": {
        "de": "Arbeitsvorgänge und Zeitanteile",
        "en": "Work processes (Arbeitsvorgänge) and time shares",
    },
    "jd.processes_intro": {
        "de": "Aufgaben, die zu einem Arbeitsergebnis führen, sind zu einem Arbeitsvorgang"
        " zusammengefasst; der Zeitanteil bezieht sich auf die Arbeitszeit der Rolle.",
        "en": "Tasks that lead to one work result form one work process; the time share refers"
        " to the role's working time.",
    },
    "jd.col.number": {"de": "Nr.", "en": "No."},
    "jd.col.process": {"de": "Arbeitsvorgang", "en": "Work process"},
    "jd.col.tasks": {
        "de": "Aufgaben (R = führt durch, A = verantwortet)",
        "en": "Tasks (R = does, A = answers for)",
    },
    "jd.col.share": {"de": "Zeitanteil", "en": "Time share"},
    "jd.total": {"de": "Summe", "en": "Total"},
    "jd.no_processes": {
        "de": "Der Rolle ist keine Aufgabe als R oder A zugeordnet.",
        "en": "No task is assigned to the role as R or A.",
    },
    "jd.h.powers": {"de": "Befugnisse", "en": "Powers"},
    "jd.powers_intro": {
        "de": "Wie im Workshop vereinbart (Delegationsstufen 1 bis 7; Angelegenheiten der"
        " gewählten Vertretung ({council}) und der Verwaltungsspitze ({head}) bleiben bei"
        " diesen):",
        "en": "As agreed in the workshop (delegation levels 1 to 7; matters of the {council} and"
        " of the {head} remain with them):",
    },
    "jd.col.area": {"de": "Entscheidungsbereich", "en": "Decision area"},
    "jd.col.level": {"de": "Stufe", "en": "Level"},
    "jd.col.meaning": {"de": "Bedeutung für die Stelle", "en": "What it means for the post"},
    "jd.decides": {"de": "entscheidet selbst", "en": "decides"},
    "jd.jointly": {"de": "entscheidet mit", "en": "decides jointly"},
    "jd.advises": {"de": "wird befragt, berät", "en": "is consulted, advises"},
    "jd.reserved": {
        "de": "bereitet vor; zuständig: {owner}",
        "en": "prepares; decided by: {owner}",
    },
    "jd.open": {"de": "noch nicht vereinbart", "en": "not agreed yet"},
    "jd.h.requirements": {"de": "Anforderungsprofil", "en": "Requirement profile"},
    "jd.requirements_intro": {
        "de": "Aus den Aufgaben abgeleitet (in Klammern: wie viele Aufgaben die Kompetenz"
        " brauchen); Ausbildung und Erfahrung legt die Personalabteilung fest:",
        "en": "Derived from the tasks (in brackets: how many tasks need the competence);"
        " education and experience are set by HR:",
    },
    "jd.h.resources": {"de": "Ressourcen der Stelle", "en": "Resources of the post"},
    "jd.h.signatures": {
        "de": "Aufgestellt und zur Kenntnis genommen",
        "en": "Drawn up and acknowledged",
    },
    "jd.sign.hr": {"de": "Personalabteilung", "en": "HR"},
    "jd.sign.head": {"de": "Vorgesetzte/Vorgesetzter ({line})", "en": "Line manager ({line})"},
    "jd.sign.holder": {"de": "Stelleninhaberin/Stelleninhaber", "en": "Post holder"},
    # -- job advertisement --------------------------------------------------------------
    "ad.title": {"de": "Stellenausschreibung", "en": "Job advertisement"},
    "ad.status": {
        "de": "ENTWURF für die Personalabteilung – nicht zur Veröffentlichung",
        "en": "DRAFT for HR – not for publication",
    },
    "ad.draft_note": {
        "de": "Dieser Entwurf übernimmt Aufgaben, Profil und Entgeltgruppe aus dem Workshop."
        " Die Personalabteilung prüft ihn und ergänzt, was eine Ausschreibung sonst braucht"
        " (Bewerbungsfrist, Ansprechperson, Hinweise zu Gleichstellung und Schwerbehinderung,"
        " Datenschutzhinweise).",
        "en": "This draft takes the tasks, profile and pay grade from the workshop. HR checks it"
        " and adds what an advertisement needs besides (deadline, contact, notes on equal"
        " opportunities and disability, data protection notice).",
    },
    "ad.lead": {
        "de": "{municipality} sucht zum nächstmöglichen Zeitpunkt eine/einen {title}"
        " (m/w/d){scope}.",
        "en": "{municipality} is looking for a {title} (m/f/d){scope} to start as soon as"
        " possible.",
    },
    "ad.scope": {"de": " im Umfang von {fte}\u00a0VZÄ", "en": " for {fte}\u00a0FTE"},
    "ad.full_time": {"de": " in Vollzeit", "en": " full-time"},
    "ad.role_share": {
        "de": "Für die Rolle sind {share}\u00a0% der Arbeitszeit vorgesehen; die Rolle umfasst"
        " insgesamt {fte}\u00a0VZÄ.",
        "en": "{share}\u00a0% of the working time are for the role; the role comprises"
        " {fte}\u00a0FTE in all.",
    },
    "ad.placement": {
        "de": "Die Stelle ist so eingeordnet: {placement}; sie berichtet an: {line}.",
        "en": "The post is placed as follows: {placement}; it reports to: {line}.",
    },
    "ad.h.tasks": {"de": "Ihre Aufgaben", "en": "Your tasks"},
    "ad.h.profile": {"de": "Ihr Profil", "en": "Your profile"},
    "ad.h.offer": {"de": "Wir bieten", "en": "We offer"},
    "ad.grade": {
        "de": "eine Vergütung nach {grade}, je nach Erfüllung der persönlichen Voraussetzungen",
        "en": "pay under {grade}, depending on personal qualifications",
    },
    "ad.powers": {
        "de": "echte Gestaltungsspielräume – Sie entscheiden selbst in diesen Bereichen: {areas}",
        "en": "real room to shape things – you decide yourself in these areas: {areas}",
    },
    "ad.resource": {"de": "{kind}: {amount} ({period})", "en": "{kind}: {amount} ({period})"},
    "ad.staff": {"de": "ein Team: {amount}", "en": "a team: {amount}"},
    "ad.h.apply": {"de": "Bewerbung", "en": "How to apply"},
    "ad.apply": {
        "de": "Bewerbungsfrist, Ansprechperson und Verfahren: {fill}",
        "en": "Deadline, contact and procedure: {fill}",
    },
    # -- council paper ------------------------------------------------------------------
    "cp.title": {"de": "Beschlussvorlage", "en": "Council paper"},
    "cp.status": {
        "de": "Entwurf der Verwaltung – aus dem Workshop abgeleitet",
        "en": "Draft by the administration – derived from the workshop",
    },
    "cp.number": {"de": "Vorlage Nr.", "en": "Paper no."},
    "cp.number_value": {
        "de": "wird von der Sitzungsdienststelle vergeben",
        "en": "assigned by the council office",
    },
    "cp.file": {"de": "Aktenzeichen", "en": "File number"},
    "cp.lead": {"de": "Federführung", "en": "Lead"},
    "cp.body": {"de": "Beratungsfolge", "en": "Order of deliberation"},
    "cp.meeting": {"de": "{council}, Sitzung am {date}", "en": "{council}, meeting of {date}"},
    "cp.meeting_open": {"de": "{council}, Sitzung: {fill}", "en": "{council}, meeting: {fill}"},
    "cp.fill": {"de": "(einzutragen)", "en": "(to be filled in)"},
    "cp.subject": {"de": "Betreff", "en": "Subject"},
    "cp.subject_value": {
        "de": "Rolle der Digitalisierungsverantwortung (Chief Digital Officer): Befugnisse,"
        " Ressourcen und Überprüfung",
        "en": "The role of the Chief Digital Officer: powers, resources and review",
    },
    "cp.h.proposal": {"de": "Beschlussvorschlag", "en": "Proposed resolution"},
    "cp.proposal_intro": {
        "de": "Die gewählte Vertretung ({council}) beschließt:",
        "en": "The {council} resolves:",
    },
    "cp.takes_note": {
        "de": "Sie nimmt die Rollenvereinbarung zwischen {with_term} und der/dem Chief Digital"
        " Officer (Anlage 1) zur Kenntnis.",
        "en": "It takes note of the role agreement between {with_term} and the Chief Digital"
        " Officer (annex 1).",
    },
    "cp.budget": {
        "de": "Für {kind} werden {amount} ({period}) bereitgestellt.",
        "en": "{amount} ({period}) are made available for {kind}.",
    },
    "cp.staff": {
        "de": "Im Stellenplan wird {amount} für die Rolle vorgesehen.",
        "en": "The establishment plan provides {amount} for the role.",
    },
    "cp.strategy": {
        "de": "Die Verwaltung legt die Digitalstrategie der gewählten Vertretung ({council}) zum"
        " Beschluss vor.",
        "en": "The administration presents the digital strategy to the {council} for adoption.",
    },
    "cp.review": {
        "de": "Die Verwaltung berichtet bis zum {date} über die Umsetzung und legt die"
        " Ergebnisse der Überprüfung der Vereinbarung vor.",
        "en": "The administration reports on the implementation by {date} and presents the"
        " results of the agreement's review.",
    },
    "cp.review_open": {
        "de": "Die Verwaltung berichtet spätestens ein Jahr nach der Unterzeichnung über die"
        " Umsetzung und die Überprüfung der Vereinbarung.",
        "en": "The administration reports on the implementation and the agreement's review no"
        " later than a year after signing.",
    },
    "cp.h.facts": {"de": "Sachverhalt und Begründung", "en": "Facts and reasons"},
    "cp.facts.workshop": {
        "de": "Am {date} haben Vertreterinnen und Vertreter dieser Gruppen in einem moderierten"
        " Workshop geklärt, was die Digitalisierungsrolle {of_term} entscheiden darf, welche"
        " Aufgaben sie übernimmt, welche Ressourcen sie braucht und was die Beteiligten von ihr"
        " erwarten: {groups}.",
        "en": "On {date}, representatives of these groups clarified in a facilitated workshop"
        " what the digitalisation role {of_term} may decide, which tasks it takes on, which"
        " resources it needs and what everyone expects of it: {groups}.",
    },
    "cp.facts.workshop_no_date": {
        "de": "In einem moderierten Workshop haben Vertreterinnen und Vertreter dieser Gruppen"
        " geklärt, was die Digitalisierungsrolle {of_term} entscheiden darf, welche Aufgaben sie"
        " übernimmt, welche Ressourcen sie braucht und was die Beteiligten von ihr erwarten:"
        " {groups}.",
        "en": "In a facilitated workshop, representatives of these groups clarified what the"
        " digitalisation role {of_term} may decide, which tasks it takes on, which resources it"
        " needs and what everyone expects of it: {groups}.",
    },
    "cp.facts.argument": {
        "de": "Was die Rolle bewirken kann, hängt vor allem davon ab, wie viel sie selbst"
        " entscheiden darf und welche Ressourcen sie hat. Eine Querschnittsaufgabe lässt sich"
        " nicht nach unten delegieren: Verwaltungsspitze und gewählte Vertretung stellen die"
        " Mittel bereit und setzen den Rahmen.",
        "en": "What the role can achieve depends above all on how much it may decide itself and"
        " what resources it has. A cross-cutting task cannot be delegated downwards: the head"
        " of the administration and the council provide the means and set the frame.",
    },
    "cp.facts.role_type": {
        "de": "Die Auswertung des Workshops ordnet die Rolle derzeit so ein: {reason}",
        "en": "The workshop's analysis places the role as follows at present: {reason}",
    },
    "cp.facts.reserved": {
        "de": "Die Beschlüsse dieser Vorlage liegen nach {reserved} bei der gewählten Vertretung"
        " ({council}); die übrigen Regelungen der Vereinbarung trifft die Verwaltungsspitze"
        " ({head}) im Rahmen ihrer Zuständigkeit.",
        "en": "The resolutions of this paper lie with the {council} under {reserved}; the other"
        " provisions of the agreement are made by the {head} within their powers.",
    },
    "cp.h.finance": {"de": "Finanzielle Auswirkungen", "en": "Financial effects"},
    "cp.finance_none": {
        "de": "Der Workshop hat keine Mittel erfasst, über die die gewählte Vertretung ({council})"
        " beschließen muss.",
        "en": "The workshop recorded no funds the {council} has to resolve on.",
    },
    "cp.col.item": {"de": "Position", "en": "Item"},
    "cp.col.per_year": {"de": "pro Jahr", "en": "per year"},
    "cp.col.once": {"de": "einmalig", "en": "one-off"},
    "cp.col.status": {"de": "Stand", "en": "Status"},
    "cp.finance_total": {"de": "Summe", "en": "Total"},
    "cp.h.annexes": {"de": "Anlagen", "en": "Annexes"},
    "cp.annex_agreement": {
        "de": "Anlage 1: Rollenvereinbarung Digitalisierung ({state})",
        "en": "Annex 1: Role agreement on digitalisation ({state})",
    },
}
