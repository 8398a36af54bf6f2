"""The fixed texts of the PDF agreement, German and English side by side.

Why not Qt's .ts files like the rest of the app: the export layer must not import Qt (it
runs headless in the CLI and in worker threads), the document's language is chosen per
export and is often not the UI language, and these texts are formal prose (preamble, what
the seal proves, what it is not) that a reviewer should read in both languages at once.
A plain table keeps each German sentence next to its English counterpart; a test checks
that every entry has both languages with the same placeholders.

What the table does not hold: catalog texts (`Text.get(language)`), analysis sentences and
domain labels (`Message.render(translate, language)`, translated through Qt by the caller)
and whatever participants typed.

Placeholders use `str.format`; values are inserted already escaped for ReportLab's
paragraph markup, and the texts themselves may use its tags (<b>, <i>).
"""

from __future__ import annotations

import string
from datetime import date, datetime

from cdo_workshop.export.content.documents_wording import DOCUMENT_WORDING
from cdo_workshop.export.content.wording import WORDING

Entry = dict[str, str]

TEXTS: dict[str, Entry] = {
    # -- document --------------------------------------------------------------
    "title": {"de": "Rollenvereinbarung Digitalisierung", "en": "Role agreement on digitalisation"},
    "subject": {
        "de": "Rollenvereinbarung Digitalisierung: {municipality}, Workshop vom {date}",
        "en": "Role agreement on digitalisation: {municipality}, workshop of {date}",
    },
    "subject_no_date": {
        "de": "Rollenvereinbarung Digitalisierung: {municipality}",
        "en": "Role agreement on digitalisation: {municipality}",
    },
    "keywords": {
        "de": "Rollenvereinbarung, Digitalisierung, CDO, Kommune",
        "en": "role agreement, digitalisation, CDO, municipality",
    },
    "header": {
        "de": "Rollenvereinbarung Digitalisierung · {municipality}",
        "en": "Role agreement on digitalisation · {municipality}",
    },
    "page_of": {"de": "Seite {page} von {pages}", "en": "Page {page} of {pages}"},
    "document_id": {"de": "Dokument-ID {id}", "en": "Document ID {id}"},
    "footer_fingerprint": {
        "de": "Inhalts-Fingerabdruck (SHA-256): {fingerprint}",
        "en": "Content fingerprint (SHA-256): {fingerprint}",
    },
    "not_given": {"de": "nicht angegeben", "en": "not given"},
    "none_recorded": {"de": "Keine Einträge.", "en": "No entries."},
    "yes": {"de": "ja", "en": "yes"},
    "no": {"de": "nein", "en": "no"},
    "unknown_participant": {"de": "unbekannt", "en": "unknown"},
    # -- cover -----------------------------------------------------------------
    "cover_label": {
        "de": "ROLLENVEREINBARUNG DIGITALISIERUNG",
        "en": "ROLE AGREEMENT ON DIGITALISATION",
    },
    "cover_kind_state": {"de": "{kind} · {state}", "en": "{kind} · {state}"},
    "cover_population": {
        "de": "{population} Einwohnerinnen und Einwohner",
        "en": "{population} inhabitants",
    },
    "cover_workshop_date": {"de": "Workshop am", "en": "Workshop on"},
    "cover_place": {"de": "Ort", "en": "Place"},
    "cover_facilitator": {"de": "Moderation", "en": "Facilitation"},
    "cover_review": {"de": "Überprüfung spätestens am", "en": "Review no later than"},
    "cover_status": {"de": "Stand", "en": "Status"},
    "cover_template": {"de": "Ausgangsvorlage", "en": "Starting template"},
    "cover_follow_up": {"de": "Folgeworkshop zu", "en": "Follow-up of"},
    "cover_follow_up_value": {"de": "Sitzung {id}", "en": "session {id}"},
    "cover_document_id": {"de": "Dokument-ID", "en": "Document ID"},
    "cover_fingerprint": {
        "de": "Inhalts-Fingerabdruck (SHA-256)",
        "en": "Content fingerprint (SHA-256)",
    },
    "cover_data_note": {
        "de": "Diese Datei ist ein PDF/A-3-Dokument für die Archivierung. Sie enthält die"
        " Workshop-Daten als maschinenlesbaren Anhang (JSON); die App kann die Sitzung"
        " daraus wiederherstellen, etwa für den Folgeworkshop. Der Fingerabdruck auf jeder"
        " Seite wird aus diesen Daten berechnet.",
        "en": "This file is a PDF/A-3 document for archiving. It carries the workshop data"
        " as a machine-readable attachment (JSON); the app can restore the session from it,"
        " for example for the follow-up workshop. The fingerprint on every page is computed"
        " from these data.",
    },
    "attachment": {
        "de": "Workshop-Daten dieser Vereinbarung (CDO-Workshop-Sitzung, JSON)",
        "en": "Workshop data of this agreement (CDO Workshop session, JSON)",
    },
    "state.draft": {"de": "Entwurf – nicht zur Unterzeichnung", "en": "Draft – not for signature"},
    "state.final": {"de": "Endfassung zur Unterzeichnung", "en": "Final version for signature"},
    "state.signed": {"de": "Unterzeichnet am {date}", "en": "Signed on {date}"},
    "signature.void": {
        "de": "Unterschrift ungültig: Der Inhalt wurde nach der Unterzeichnung geändert.",
        "en": "Signature void: the content was changed after it was signed.",
    },
    "col.name": {"de": "Name", "en": "Name"},
    "col.function": {"de": "Funktion", "en": "Function"},
    "col.group": {"de": "Gruppe", "en": "Group"},
    "col.number": {"de": "Nr.", "en": "No."},
    # -- preamble --------------------------------------------------------------
    "preamble.1": {
        "de": "Digitalisierung ist eine Querschnittsaufgabe. Sie berührt jede Organisationseinheit,"
        " jede Leistung für Bürgerinnen, Bürger und Unternehmen und die Art, wie die Verwaltung"
        " zusammenarbeitet. Für die Rolle der oder des Digitalisierungsverantwortlichen (Chief"
        " Digital Officer, CDO) gibt es – anders als für lange eingeführte Funktionen wie die"
        " Kämmerei – noch kein einheitliches Stellen-, Anforderungs- und Aufgabenprofil. Wo die"
        " Rolle angesiedelt ist, welche Befugnisse sie hat und was von ihr erwartet wird, muss"
        " jede Kommune für sich klären; die Erwartungen reichen vom Koordinieren bis zum Lösen"
        " von Problemen aller Art.",
        "en": "Digitalisation is a cross-cutting task. It touches every unit of the administration,"
        " every service for residents and businesses and the way the administration works"
        " together. Unlike long-established functions such as the treasury, the role of the"
        " person responsible for digitalisation (Chief Digital Officer, CDO) has no uniform job,"
        " requirement and task profile yet. Where the role sits, which powers it has and what is"
        " expected of it is for each municipality to settle; expectations range from"
        " coordinating to solving problems of all kinds.",
    },
    "preamble.2": {
        "de": "Was die Rolle bewirken kann, hängt vor allem von zwei Dingen ab: wie viel sie"
        " selbst entscheiden darf und welche Ressourcen sie hat. Je größer dieser"
        " Gestaltungsspielraum, desto breiter kann ihr Aufgabenspektrum sein. Hängt sie stark"
        " von anderen Stellen ab oder sind ihre Befugnisse eng begrenzt, bleibt ihr meist nur"
        " die Koordination. Die Beteiligten haben diese Faktoren deshalb gemeinsam benannt, mit"
        " den Erwartungen abgeglichen und an den Digitalisierungszielen der Kommune"
        " ausgerichtet.",
        "en": "What the role can achieve depends above all on two things: how much it may decide"
        " by itself and which resources it has. The larger this room for manoeuvre, the wider"
        " its range of tasks can be. Where it depends heavily on other units or its powers are"
        " narrowly limited, usually only coordination is left. The parties have therefore named"
        " these factors together, compared them with what is expected and aligned them with"
        " the municipality's digitalisation goals.",
    },
    "preamble.3": {
        "de": "Die Verantwortung dafür trägt nicht die oder der CDO allein. Verwaltungsspitze und"
        " Rat gestalten die Organisation der Digitalisierung mit und stellen die nötigen"
        " finanziellen und personellen Mittel bereit; eine Querschnittsaufgabe lässt sich nicht"
        " nach unten wegdelegieren. Digitalisierung ist Teamsport.",
        "en": "This responsibility does not rest with the CDO alone. The head of the"
        " administration and the council help shape how digitalisation is organised and provide"
        " the money and staff it needs; a cross-cutting task cannot be delegated downwards."
        " Digitalisation is a team sport.",
    },
    "preamble.4": {
        "de": "Diese Vereinbarung hält fest, worauf sich die Beteiligten im Workshop{when}"
        " verständigt haben: Ziele, Erwartungen, Einordnung und Befugnisse der Rolle,"
        " Verantwortlichkeiten, Abhängigkeiten, Ressourcen und die nächsten Schritte. Sie"
        " ersetzt keine Dienstanweisung, keinen Geschäftsverteilungsplan und keinen"
        " Ratsbeschluss, sondern bereitet diese vor; wo solche Regelungen nötig sind, nennt"
        " sie Maßnahmen dafür.",
        "en": "This agreement records what the parties settled in the workshop{when}: goals,"
        " expectations, the role's placement and powers, responsibilities, dependencies,"
        " resources and the next steps. It does not replace a service instruction, an"
        " allocation-of-duties plan or a council resolution; it prepares them, and where such"
        " rules are needed it lists measures to put them in place.",
    },
    "preamble.when": {"de": " am {date}", "en": " on {date}"},
    # -- goals -----------------------------------------------------------------
    "priority.high": {"de": "hoch", "en": "high"},
    "priority.medium": {"de": "mittel", "en": "medium"},
    "priority.low": {"de": "niedrig", "en": "low"},
    "horizon.short": {"de": "bis 1 Jahr", "en": "within a year"},
    "horizon.medium": {"de": "1 bis 3 Jahre", "en": "1 to 3 years"},
    "horizon.long": {"de": "über 3 Jahre", "en": "more than 3 years"},
    # -- expectations ----------------------------------------------------------
    "h.expectations": {"de": "Erwartungen an die Rolle", "en": "Expectations of the role"},
    "expectations.intro": {
        "de": "Jede Gruppe hat ihre Erwartung auf einer Skala von 0 (koordinieren) bis 100"
        " (Probleme aller Art selbst lösen) eingeordnet und die Aufgaben genannt, die sie von"
        " der Rolle erwartet.",
        "en": "Each group placed its expectation on a scale from 0 (coordinating) to 100"
        " (solving problems of all kinds itself) and named the tasks it expects of the role.",
    },
    "col.position": {"de": "Position", "en": "Position"},
    "col.expected_tasks": {
        "de": "Erwartete Aufgaben (Priorität)",
        "en": "Expected tasks (priority)",
    },
    "col.notes": {"de": "Anmerkungen", "en": "Notes"},
    "position_of": {"de": "{value} von 100", "en": "{value} of 100"},
    # -- role profile ----------------------------------------------------------
    "placement.placement": {
        "de": "Organisatorische Einordnung",
        "en": "Placement in the organisation",
    },
    "placement.reporting_line": {"de": "Berichtslinie", "en": "Reporting line"},
    "placement.pay_grade": {"de": "Entgelt-/Besoldungsgruppe", "en": "Pay grade"},
    "placement.fte": {"de": "Stellenumfang der Rolle", "en": "Size of the role"},
    "placement.fte_value": {"de": "{value}\u00a0VZÄ", "en": "{value}\u00a0FTE"},
    "placement.time_share": {
        "de": "Zeitanteil der/des CDO für die Rolle",
        "en": "CDO's time share for the role",
    },
    "placement.time_share_value": {
        "de": "{value}\u00a0% der Arbeitszeit",
        "en": "{value}\u00a0% of working time",
    },
    "placement.notes": {"de": "Anmerkungen", "en": "Notes"},
    "raci.intro": {
        "de": "R = führt durch (Responsible), A = trägt die Verantwortung und entscheidet"
        " (Accountable), C = wird beteiligt (Consulted), I = wird informiert (Informed)."
        " Gruppen ohne Zuordnung sind nicht aufgeführt.",
        "en": "R = does the work (responsible), A = answers for it and decides (accountable),"
        " C = is consulted, I = is informed. Groups without any assignment are not listed.",
    },
    "col.task": {"de": "Aufgabe", "en": "Task"},
    "task_profile.none": {
        "de": "Der Rolle ist keine Aufgabe als R oder A zugeordnet.",
        "en": "No task is assigned to the role as R or A.",
    },
    "col.area": {"de": "Entscheidungsbereich", "en": "Decision area"},
    "col.reserved": {"de": "Entscheidung bleibt bei", "en": "Decision stays with"},
    "level": {"de": "{level} – {name}", "en": "{level} – {name}"},
    "level_open": {"de": "offen", "en": "open"},
    "reserved_none": {"de": "–", "en": "–"},
    "legal_notes": {"de": "Rechtliche Hinweise", "en": "Legal notes"},
    # -- dependencies ----------------------------------------------------------
    "col.unit": {"de": "Stelle", "en": "Unit"},
    "col.purpose": {"de": "Wofür", "en": "What for"},
    "col.agreement": {"de": "Vereinbarung", "en": "Agreement"},
    "agreement.exists": {"de": "besteht", "en": "in place"},
    "agreement.missing": {"de": "fehlt", "en": "missing"},
    # -- resources -------------------------------------------------------------
    "col.kind": {"de": "Art", "en": "Kind"},
    "col.amount": {"de": "Umfang", "en": "Amount"},
    "col.period": {"de": "Zeitraum", "en": "Period"},
    "col.committed_by": {"de": "Zugesagt von", "en": "Committed by"},
    "col.status": {"de": "Status", "en": "Status"},
    "period.once": {"de": "einmalig", "en": "once"},
    "period.per_year": {"de": "pro Jahr", "en": "per year"},
    "period.per_month": {"de": "pro Monat", "en": "per month"},
    "resource_status.proposed": {"de": "vorgeschlagen", "en": "proposed"},
    "resource_status.committed": {"de": "zugesagt", "en": "committed"},
    "resource_status.approved": {"de": "bewilligt (Haushalt)", "en": "approved (budget)"},
    "unit.fte": {"de": "{value}\u00a0VZÄ", "en": "{value}\u00a0FTE"},
    "unit.percent": {
        "de": "{value}\u00a0% der Arbeitszeit",
        "en": "{value}\u00a0% of working time",
    },
    "unit.days": {"de": "{value}\u00a0Tage", "en": "{value}\u00a0days"},
    "unit.other": {"de": "{value}\u00a0{unit}", "en": "{value}\u00a0{unit}"},
    "resources.summary": {
        "de": "Zugesagt oder bewilligt: {fte}\u00a0VZÄ Kapazität (Personal und Zeitanteil der/des"
        " CDO) und {budget} pro Jahr. Zusätzlich vorgeschlagen: {proposed_fte}\u00a0VZÄ und"
        " {proposed_budget} pro Jahr. Einmalige Beträge zählen zu einem Drittel pro Jahr.",
        "en": "Committed or approved: {fte}\u00a0FTE of capacity (staff and the CDO's time share)"
        " and {budget} a year. Proposed in addition: {proposed_fte}\u00a0FTE and"
        " {proposed_budget} a year. One-off amounts count one third per year.",
    },
    # -- analysis --------------------------------------------------------------
    "h.analysis": {"de": "Auswertung", "en": "Analysis"},
    "analysis.intro": {
        "de": "Die App leitet aus den Angaben Kennzahlen ab; jede Zahl wird mit ihrer Regel"
        " erläutert. Sie sind Gesprächsgrundlage, kein Urteil über Personen.",
        "en": "The app derives scores from the entries; every number is explained with its rule."
        " They are a basis for discussion, not a judgement of people.",
    },
    "role_type": {"de": "Rollentyp: {type}", "en": "Role type: {type}"},
    "role_type_unknown": {
        "de": "Rollentyp: noch nicht bestimmbar",
        "en": "Role type: cannot be determined yet",
    },
    "col.score": {"de": "Kennzahl", "en": "Score"},
    "col.value": {"de": "Wert", "en": "Value"},
    "col.explanation": {"de": "Erläuterung", "en": "Explanation"},
    "score.mandate": {"de": "Mandat", "en": "Mandate"},
    "score.resources": {"de": "Ressourcen", "en": "Resources"},
    "score.dependency": {"de": "Abhängigkeitslast", "en": "Dependency load"},
    "score.room": {"de": "Gestaltungsspielraum", "en": "Room for manoeuvre"},
    "score.none": {"de": "–", "en": "–"},
    "h.gaps": {"de": "Erwartung und Spielraum je Gruppe", "en": "Expectation and room per group"},
    "gaps.intro": {
        "de": "Lücke = Erwartung − Gestaltungsspielraum (in Punkten der Skala 0–100). Positiv:"
        " Die Gruppe erwartet mehr, als die Rolle leisten kann; negativ: Der Spielraum wird"
        " nicht genutzt. Unter 15 Punkten passt es, ab 30 Punkten ist die Lücke groß.",
        "en": "Gap = expectation − room for manoeuvre (in points of the 0–100 scale). Positive:"
        " the group expects more than the role can deliver; negative: the room is not used."
        " Below 15 points it fits; from 30 points the gap is large.",
    },
    "gaps.none": {
        "de": "Ohne Gestaltungsspielraum oder Erwartungen lassen sich keine Lücken berechnen.",
        "en": "Without a room for manoeuvre or expectations no gaps can be computed.",
    },
    "col.expected": {"de": "Erwartung", "en": "Expectation"},
    "col.room": {"de": "Spielraum", "en": "Room"},
    "col.gap": {"de": "Lücke", "en": "Gap"},
    "col.assessment": {"de": "Bewertung", "en": "Assessment"},
    "gap.fits": {"de": "passt", "en": "fits"},
    "gap.moderate.over": {
        "de": "erwartet mehr (mittlere Lücke)",
        "en": "expects more (moderate gap)",
    },
    "gap.large.over": {"de": "erwartet mehr (große Lücke)", "en": "expects more (large gap)"},
    "gap.moderate.under": {
        "de": "erwartet weniger (mittlere Lücke)",
        "en": "expects less (moderate gap)",
    },
    "gap.large.under": {"de": "erwartet weniger (große Lücke)", "en": "expects less (large gap)"},
    "h.charts": {"de": "Diagramme", "en": "Charts"},
    "chart.gaps": {
        "de": "Abbildung 1: Erwartung je Gruppe (Balken) und Gestaltungsspielraum der Rolle"
        " (Linie)",
        "en": "Figure 1: Expectation per group (bars) and the role's room for manoeuvre (line)",
    },
    "chart.gaps.room": {"de": "Spielraum {value}", "en": "Room {value}"},
    "chart.gaps.axis": {
        "de": "0 = koordinieren … 100 = Probleme aller Art lösen",
        "en": "0 = coordinating … 100 = solving problems of all kinds",
    },
    "chart.resources": {
        "de": "Abbildung 2: Ressourcen im Vergleich zum Bedarf der zugeordneten Aufgaben"
        " (Faustregel)",
        "en": "Figure 2: Resources compared with the demand of the assigned tasks (rule of thumb)",
    },
    "chart.resources.capacity": {"de": "Kapazität (VZÄ)", "en": "Capacity (FTE)"},
    "chart.resources.budget": {
        "de": "Budget pro Jahr (Tsd. €)",
        "en": "Budget per year (€ thousand)",
    },
    "chart.resources.demand": {"de": "Bedarf", "en": "Demand"},
    "chart.resources.committed": {"de": "Zugesagt", "en": "Committed"},
    "chart.resources.proposed": {"de": "Vorgeschlagen", "en": "Proposed"},
    "chart.spread": {
        "de": "Abbildung 3: Stimmen je Entscheidungsbereich – Spanne (Linie), Median (Kreis),"
        " vereinbarte Stufe (Raute); grau: oberhalb der gesetzlichen Obergrenze",
        "en": "Figure 3: Votes per decision area – range (line), median (circle), agreed level"
        " (diamond); grey: above the legal ceiling",
    },
    "chart.spread.none": {"de": "Es liegen keine Stimmen vor.", "en": "No votes were recorded."},
    # -- measures --------------------------------------------------------------
    "col.measure": {"de": "Maßnahme", "en": "Measure"},
    "col.owner": {"de": "Verantwortlich", "en": "Owner"},
    "col.due": {"de": "Fällig", "en": "Due"},
    "measure_status.open": {"de": "offen", "en": "open"},
    "measure_status.in_progress": {"de": "in Arbeit", "en": "in progress"},
    "measure_status.done": {"de": "erledigt", "en": "done"},
    "measure_status.dropped": {"de": "verworfen", "en": "dropped"},
    # -- review ----------------------------------------------------------------
    "review.date": {
        "de": "Die Beteiligten überprüfen diese Vereinbarung spätestens am <b>{date}</b> in einem"
        " Folgeworkshop: Sie vergleichen Erwartungen, Befugnisse und Ressourcen mit den"
        " Erfahrungen seit der Unterzeichnung und passen die Rolle an die Digitalisierungsziele"
        " an.",
        "en": "The parties review this agreement no later than <b>{date}</b> in a follow-up"
        " workshop: they compare expectations, powers and resources with the experience since"
        " signing and adjust the role to the digitalisation goals.",
    },
    "review.none": {
        "de": "Ein Termin für die Überprüfung ist noch nicht festgelegt. Die Beteiligten"
        " vereinbaren ihn spätestens ein Jahr nach der Unterzeichnung.",
        "en": "No review date has been set yet. The parties will set one no later than a year"
        " after signing.",
    },
    # -- form, signatures and seal ---------------------------------------------
    "h.form": {
        "de": "Unterschriften und elektronisches Siegel",
        "en": "Signatures and electronic seal",
    },
    "form.wet_ink": {
        "de": "Verbindlich wird diese Vereinbarung durch die Unterschriften der Unterzeichnenden"
        " oben, in der Regel handschriftlich auf dem ausgedruckten Dokument."
        " Auf dem Bildschirm gezeichnete Unterschriften sind einfache elektronische Signaturen.",
        "en": "This agreement becomes binding through the signatures of the signatories above,"
        " usually handwritten on the printed document. Signatures drawn on the screen are"
        " simple electronic signatures.",
    },
    "form.sealed": {
        "de": "Diese Datei trägt ein elektronisches Siegel (PAdES) von <b>{sealer}</b>. Das"
        " Siegel belegt, dass der Inhalt seit der Versiegelung nicht verändert wurde. Wer"
        " versiegelt hat, belegt es nur mit dem Zertifikat eines Vertrauensdiensteanbieters; ein"
        " selbst ausgestelltes Zertifikat, wie das lokale dieser App, belegt die Unversehrtheit,"
        " nicht die Identität. Es ist <b>keine qualifizierte elektronische Signatur</b> und"
        " <b>ersetzt nicht die Unterschriften</b> der Unterzeichnenden. Prüfen lässt es sich mit"
        " jedem PDF-Programm, das Signaturen anzeigt, oder mit „cdo-workshop verify“.",
        "en": "This file carries an electronic seal (PAdES) by <b>{sealer}</b>. The seal proves"
        " that the content has not changed since it was sealed. It proves who sealed it only"
        " with a certificate from a trust service; a self-signed certificate, like this app's"
        " local one, proves integrity, not identity. It is <b>not a qualified electronic"
        " signature</b> and <b>does not replace the signatures</b> of the signatories. Any PDF"
        " reader that shows signatures can check it, as can “cdo-workshop verify”.",
    },
    "form.unsealed": {
        "de": "Diese Datei trägt kein elektronisches Siegel und ist nicht gegen Veränderung"
        " geschützt; maßgeblich ist die unterzeichnete Ausfertigung. Der Fingerabdruck auf"
        " jeder Seite lässt sich mit den gespeicherten Workshop-Daten abgleichen.",
        "en": "This file carries no electronic seal and is not protected against changes; the"
        " signed copy is authoritative. The fingerprint on every page can be compared with the"
        " stored workshop data.",
    },
    "form.qes": {
        "de": "Für die Unterzeichnenden sind leere Signaturfelder vorbereitet: Sie können die"
        " Datei zusätzlich mit ihrer eigenen Signaturkarte qualifiziert elektronisch signieren.",
        "en": "Empty signature fields are prepared for the signatories: they can also sign the"
        " file with a qualified electronic signature using their own signature card.",
    },
    # -- signatures ------------------------------------------------------------
    "h.signatures": {"de": "Unterschriften", "en": "Signatures"},
    "signature.place_date": {
        "de": "Ort, Datum: {place}, {date}",
        "en": "Place, date: {place}, {date}",
    },
    "signature.witness": {
        "de": "Moderation, als Zeugin oder Zeuge",
        "en": "Facilitator, as witness",
    },
    "signature.on_screen": {"de": "auf dem Bildschirm unterschrieben", "en": "signed on screen"},
    "signature.qes_field": {
        "de": "Feld für qualifizierte Signatur: {name}",
        "en": "Field for a qualified signature: {name}",
    },
    # -- appendices ------------------------------------------------------------
    "appendix_votes.intro": {
        "de": "Delegationsstufe, die jede teilnehmende Person je Bereich vorgeschlagen hat"
        " (Spalten: Nummern der Teilnehmenden wie unten).",
        "en": "The delegation level each participant proposed per area (columns: participant"
        " numbers as below).",
    },
    "appendix_votes.intro_anonymous": {
        "de": "Wie viele Teilnehmende je Bereich welche Delegationsstufe vorgeschlagen haben,"
        " die Spanne der Stimmen und die vereinbarte Stufe. Wer wie gestimmt hat, steht"
        " nicht im Dokument.",
        "en": "How many participants proposed each delegation level per area, the range of the"
        " votes and the agreed level. Who voted how is not in the document.",
    },
    "col.range": {"de": "Spanne", "en": "Range"},
    "col.agreed_short": {"de": "Vereinbart", "en": "Agreed"},
    "appendix_votes.none": {
        "de": "Es wurden keine Stimmen abgegeben.",
        "en": "No votes were cast.",
    },
    "col.level": {"de": "Stufe", "en": "Level"},
    "col.meaning": {"de": "Bedeutung", "en": "Meaning"},
}

MONTHS = {
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ).split(),
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
}

# The clauses of the agreement live beside the content that uses them.
TEXTS.update(WORDING)
TEXTS.update(DOCUMENT_WORDING)


def t(key: str, language: str, **args: str) -> str:
    """The text for `key` in `language` (German for anything but "en"), filled in."""
    entry = TEXTS[key]
    template = entry["en"] if language == "en" else entry["de"]
    return template.format(**args) if args else template


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def long_date(value: date | datetime, language: str) -> str:
    """15. Oktober 2026 / 15 October 2026: dates in running text and on the cover."""
    month = MONTHS["en" if language == "en" else "de"][value.month - 1]
    if language == "en":
        return f"{value.day} {month} {value.year}"
    return f"{value.day}. {month} {value.year}"


def short_date(value: date | datetime, language: str) -> str:
    """15.10.2026 / 15 Oct 2026: dates in tables."""
    if language == "en":
        return f"{value.day} {MONTHS['en'][value.month - 1][:3]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year}"
