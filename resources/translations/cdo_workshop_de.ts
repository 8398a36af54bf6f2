<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AgreementPage</name>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Recommendations: {decided} of {count} decided</source>
            <translation>Empfehlungen: {decided} von {count} entschieden</translation>
        </message>
        <message>
            <source>the previous workshop</source>
            <translation>Vorheriger Workshop</translation>
        </message>
        <message>
            <source>{title} of {date}</source>
            <translation>{title} vom {date}</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Überprüfungstermin</translation>
        </message>
        <message>
            <source>Do the role's powers, resources and dependencies fit what the groups expect? The analysis below explains every number. The room accepts or rejects each recommendation, sets a review date and names who signs.</source>
            <translation>Passen Befugnisse, Ressourcen und Abhängigkeiten der Rolle zu dem, was die Gruppen erwarten? Die Auswertung unten erklärt jede Zahl. Der Raum nimmt jede Empfehlung an oder lehnt sie ab, legt einen Überprüfungstermin fest und bestimmt, wer unterzeichnet.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Go to:</source>
            <translation>Direkt zu:</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Auswertung</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Go to: {part}</source>
            <translation>Direkt zu: {part}</translation>
        </message>
        <message>
            <source>Accepting a recommendation makes it a measure with an owner and a due date; a rejected one is kept as a dropped measure. Both can be reconsidered.</source>
            <translation>Eine angenommene Empfehlung wird zur Maßnahme mit zuständiger Person und Frist; eine abgelehnte bleibt als verworfene Maßnahme erhalten. Beides lässt sich neu entscheiden.</translation>
        </message>
        <message>
            <source>Revie&amp;w on:</source>
            <translation>&amp;Überprüfung am:</translation>
        </message>
        <message>
            <source>Signa&amp;tories:</source>
            <translation>&amp;Unterzeichnende:</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>&amp;Add measure</source>
            <translation>Maßnahme &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Remove measure</source>
            <translation>Maßnahme entfernen</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>One year after the workshop</source>
            <translation>Ein Jahr nach dem Workshop</translation>
        </message>
        <message>
            <source>Review date: one year after the workshop</source>
            <translation>Überprüfungstermin: ein Jahr nach dem Workshop</translation>
        </message>
        <message>
            <source>Agreement document</source>
            <translation>Vereinbarungsdokument</translation>
        </message>
        <message>
            <source>Continue to the agreement (PDF)</source>
            <translation>Weiter zur Vereinbarung (PDF)</translation>
        </message>
    </context>
    <context>
        <name>AgreementRecord</name>
        <message>
            <source>File number</source>
            <translation>Aktenzeichen</translation>
        </message>
        <message>
            <source>Resolution date</source>
            <translation>Datum des Beschlusses</translation>
        </message>
        <message>
            <source>Resolution number</source>
            <translation>Nummer des Beschlusses</translation>
        </message>
        <message>
            <source>council</source>
            <translation>Gemeinderat</translation>
        </message>
        <message>
            <source>File num&amp;ber:</source>
            <translation>Akten&amp;zeichen:</translation>
        </message>
        <message>
            <source>File number of the agreement</source>
            <translation>Aktenzeichen der Vereinbarung</translation>
        </message>
        <message>
            <source>e.g. 10-022.30/2026</source>
            <translation>z. B. 10-022.30/2026</translation>
        </message>
        <message>
            <source>Resolution of the {council} on:</source>
            <translation>Beschluss ({council}) am:</translation>
        </message>
        <message>
            <source>Date of the resolution of the {council}</source>
            <translation>Datum des Beschlusses ({council})</translation>
        </message>
        <message>
            <source>&amp;No.:</source>
            <translation>&amp;Nr.:</translation>
        </message>
        <message>
            <source>Number of the resolution</source>
            <translation>Nummer des Beschlusses</translation>
        </message>
        <message>
            <source>The {council} takes its part (budget, post, decisions reserved to it) by resolution, not by a member's signature. Enter the date of the meeting; once the resolution is taken, add its number. The agreement then says it was resolved on that date, and until then that it is subject to that resolution.</source>
            <translation>Die gewählte Vertretung ({council}) wirkt durch Beschluss mit (Haushaltsmittel, Stelle, ihr vorbehaltene Entscheidungen), nicht durch die Unterschrift eines Mitglieds. Tragen Sie das Datum der Sitzung ein und, sobald der Beschluss gefasst ist, seine Nummer. Die Vereinbarung nennt dann den Beschluss mit Datum und Nummer, bis dahin steht sie unter dem Vorbehalt dieses Beschlusses.</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <source>{group} expects {expected} on the scale from coordinating (0) to solving problems of all kinds (100), but the role's room for manoeuvre is only {room}: a gap of {gap} points.</source>
            <translation>{group} erwartet {expected} auf der Skala von koordinierend (0) bis Probleme aller Art lösend (100), der Gestaltungsspielraum der Rolle liegt aber nur bei {room}: eine Lücke von {gap} Punkten.</translation>
        </message>
        <message>
            <source>Widen the mandate, e.g. in: {areas}</source>
            <translation>Mandat erweitern, z. B. bei: {areas}</translation>
        </message>
        <message>
            <source>Commit more staff, time or budget to the role</source>
            <translation>Der Rolle mehr Personal, Zeit oder Budget zusagen</translation>
        </message>
        <message>
            <source>Narrow the expectation of {group} and write down what the role will not do</source>
            <translation>Erwartung von {group} eingrenzen und festhalten, was die Rolle nicht übernimmt</translation>
        </message>
        <message>
            <source>{group} expects less ({expected}) than the role's room for manoeuvre allows ({room}): the powers granted are not used.</source>
            <translation>{group} erwartet weniger ({expected}), als der Gestaltungsspielraum der Rolle hergibt ({room}): die übertragenen Befugnisse bleiben ungenutzt.</translation>
        </message>
        <message>
            <source>Agree which further tasks the role takes on</source>
            <translation>Vereinbaren, welche weiteren Aufgaben die Rolle übernimmt</translation>
        </message>
        <message>
            <source>Explain to {group} what the role can already decide</source>
            <translation>{group} erläutern, was die Rolle bereits entscheiden kann</translation>
        </message>
        <message>
            <source>{group} expects problem solving ({expected}), but no budget has been agreed that the role manages: it cannot spend money on solutions.</source>
            <translation>{group} erwartet Problemlösung ({expected}), aber es ist kein Budget vereinbart, das die Rolle bewirtschaftet: Sie kann kein Geld für Lösungen ausgeben.</translation>
        </message>
        <message>
            <source>{group} expects problem solving ({expected}), but managing the approved digital budget stays at level {level} ({name}): the role cannot spend money on solutions.</source>
            <translation>{group} erwartet Problemlösung ({expected}), aber die Bewirtschaftung des beschlossenen Digitalbudgets bleibt auf Stufe {level} ({name}): Die Rolle kann kein Geld für Lösungen ausgeben.</translation>
        </message>
        <message>
            <source>Ask {council} to adopt a budget line for digitalisation that the role manages</source>
            <translation>Die Vertretung ({council}) bitten, einen Haushaltsansatz für die Digitalisierung zu beschließen, den die Rolle bewirtschaftet</translation>
        </message>
        <message>
            <source>Let the role manage the approved digital budget (lawful up to level {max})</source>
            <translation>Der Rolle die Bewirtschaftung des beschlossenen Digitalbudgets übertragen (rechtlich bis Stufe {max})</translation>
        </message>
        <message>
            <source>Narrow the expectation to coordination</source>
            <translation>Erwartung auf Koordination begrenzen</translation>
        </message>
        <message>
            <source>Ask {mayor} to settle in a Dienstanweisung or the Geschäftsverteilungsplan what {unit} delivers to the role, by when, and who escalates</source>
            <translation>{mayor} bitten, in einer Dienstanweisung oder im Geschäftsverteilungsplan festzulegen, was {unit} der Rolle bis wann liefert und wer eskaliert</translation>
        </message>
        <message>
            <source>Agree a yearly project contingent of {unit} for the role's projects</source>
            <translation>Ein jährliches Projektkontingent von {unit} für die Vorhaben der Rolle vereinbaren</translation>
        </message>
        <message>
            <source>Agree a service contract with {unit} with service levels: response times, availability, escalation, a contact for the role</source>
            <translation>Mit {unit} einen Dienstleistungsvertrag mit Service-Levels schließen: Reaktionszeiten, Verfügbarkeit, Eskalation, feste Ansprechperson für die Rolle</translation>
        </message>
        <message>
            <source>Plan an exit clause or a second provider for the next award</source>
            <translation>Für die nächste Vergabe eine Ausstiegsklausel oder einen zweiten Anbieter vorsehen</translation>
        </message>
        <message>
            <source>Conclude a service agreement (Leistungsvereinbarung) with {unit}: what, by when, who escalates</source>
            <translation>Mit {unit} eine Leistungsvereinbarung schließen: was, bis wann, wer eskaliert</translation>
        </message>
        <message>
            <source>Raise the service level in {unit}'s bodies, where the municipality is a member or shareholder</source>
            <translation>Das Leistungsniveau in den Gremien von {unit} ansprechen, in denen die Kommune Mitglied oder Gesellschafterin ist</translation>
        </message>
        <message>
            <source>Conclude a framework Dienstvereinbarung with the staff council on introducing IT systems, and involve it early in every project</source>
            <translation>Mit dem Personalrat eine Rahmendienstvereinbarung zur Einführung von IT-Verfahren schließen und ihn in jedem Vorhaben frühzeitig beteiligen</translation>
        </message>
        <message>
            <source>Agree in writing with {unit} what it delivers, by when, who escalates</source>
            <translation>Mit {unit} schriftlich vereinbaren, was bis wann geliefert wird und wer eskaliert</translation>
        </message>
        <message>
            <source>The role's core tasks need {unit} (strength {strength} of 3), and there is no agreement: this dependency alone leaves the role only coordination.</source>
            <translation>Die Kernaufgaben der Rolle brauchen die Stelle „{unit}“ (Stärke {strength} von 3), und es gibt keine Vereinbarung: Diese Abhängigkeit allein lässt der Rolle nur Koordination.</translation>
        </message>
        <message>
            <source>The role depends on {unit} (strength {strength} of 3), and there is no agreement.</source>
            <translation>Die Rolle hängt von der Stelle „{unit}“ ab (Stärke {strength} von 3), und es gibt keine Vereinbarung.</translation>
        </message>
        <message>
            <source>Digitalisation is anchored below department-head level ({placement}). It is a cross-cutting task that cannot be delegated downwards: the article warns that such a role is left with coordination.</source>
            <translation>Die Digitalisierung ist unterhalb der Amtsleitungsebene verankert ({placement}). Sie ist eine Querschnittsaufgabe, die sich nicht nach unten delegieren lässt: Der Artikel warnt, dass einer solchen Rolle nur die Koordination bleibt.</translation>
        </message>
        <message>
            <source>Make the role a staff unit reporting to the mayor</source>
            <translation>Die Rolle als Stabsstelle bei der Verwaltungsspitze einrichten</translation>
        </message>
        <message>
            <source>Give it a direct reporting line and a written mandate from the top</source>
            <translation>Direkte Berichtslinie und schriftlichen Auftrag der Verwaltungsspitze geben</translation>
        </message>
        <message>
            <source>Keep the placement and agree explicitly that the role only coordinates</source>
            <translation>Einordnung beibehalten und ausdrücklich vereinbaren, dass die Rolle nur koordiniert</translation>
        </message>
        <message>
            <source>The role works from an enterprise ({placement}). Outside the core administration it is steered through the enterprise's mandate and business plan, and these are not agreed yet: {areas}.</source>
            <translation>Die Rolle arbeitet aus einem Unternehmen heraus ({placement}). Außerhalb der Kernverwaltung wird sie über den Auftrag und den Wirtschaftsplan des Unternehmens gesteuert, und diese sind noch nicht vereinbart: {areas}.</translation>
        </message>
        <message>
            <source>Ask {council} to give the enterprise its digital tasks in writing: tasks, duration, compensation (for a company an entrustment act under Decision 2012/21/EU and a service contract; for an Eigenbetrieb its operating statutes)</source>
            <translation>{council} bitten, dem Unternehmen seine Digitalisierungsaufgaben schriftlich zu übertragen: Aufgaben, Dauer, Ausgleich (bei einer Gesellschaft Betrauungsakt nach Beschluss 2012/21/EU und Leistungsvertrag, beim Eigenbetrieb die Betriebssatzung)</translation>
        </message>
        <message>
            <source>Agree the business plan and the subsidy before the budget is adopted, with the digital goals as its targets</source>
            <translation>Wirtschaftsplan und Zuschuss vor dem Haushaltsbeschluss abstimmen, mit den Digitalisierungszielen als Zielen des Plans</translation>
        </message>
        <message>
            <source>An enterprise can act and pay more freely, but it cannot instruct the administration, and the Trendreport Digitaler Staat 2022 found that municipalities rate their own digital agencies as less useful. The administration's own digitalisation needs someone inside who holds its powers.</source>
            <translation>Ein Unternehmen kann freier handeln und bezahlen, aber der Verwaltung keine Weisungen erteilen, und nach dem Trendreport Digitaler Staat 2022 werden eigene Digitalagenturen von den Kommunen als weniger sinnvoll eingeordnet. Die Digitalisierung der Verwaltung selbst braucht jemanden innerhalb, der deren Befugnisse hat.</translation>
        </message>
        <message>
            <source>Name a counterpart in the administration who holds the city's powers (instructions, portfolio, standards) and meets the role regularly</source>
            <translation>In der Verwaltung eine Ansprechperson benennen, die die Befugnisse der Stadt hat (Weisungen, Portfolio, Standards) und sich regelmäßig mit der Rolle abstimmt</translation>
        </message>
        <message>
            <source>Agree how staff move to the enterprise (secondment under § 4 (3) TVöD or transfer under § 613a BGB) and involve the staff council early ({law})</source>
            <translation>Vereinbaren, wie Beschäftigte zum Unternehmen wechseln (Personalgestellung nach § 4 Abs. 3 TVöD oder Übergang nach § 613a BGB), und den Personalrat frühzeitig beteiligen ({law})</translation>
        </message>
        <message>
            <source>Report to the supervisory board or works committee on the digital goals, not only on the business figures</source>
            <translation>Dem Aufsichtsrat oder Werkausschuss über die Digitalisierungsziele berichten, nicht nur über die Geschäftszahlen</translation>
        </message>
        <message>
            <source>The role is held from outside (a contractor or an honorary post). It acts only by contract and cannot exercise the municipality's powers; what it may do must be written into the contract.</source>
            <translation>Die Rolle wird von außen wahrgenommen (Auftragnehmer oder Ehrenamt). Sie handelt nur auf Grundlage eines Vertrags und kann keine Befugnisse der Gemeinde ausüben; was sie tun darf, muss im Vertrag stehen.</translation>
        </message>
        <message>
            <source>Write tasks, results, hours, reporting and the end of the contract into the service contract</source>
            <translation>Aufgaben, Ergebnisse, Stunden, Berichtswesen und Vertragsende im Dienstleistungsvertrag festhalten</translation>
        </message>
        <message>
            <source>Name a person in the administration who decides what the role prepares</source>
            <translation>In der Verwaltung eine Person benennen, die über das entscheidet, was die Rolle vorbereitet</translation>
        </message>
        <message>
            <source>Plan how the knowledge stays when the contract ends</source>
            <translation>Planen, wie das Wissen bleibt, wenn der Vertrag endet</translation>
        </message>
        <message>
            <source>The role is held by an elected deputy (Beigeordnete/r). {council} elects the deputy and {mayor} assigns the portfolio; digitalisation as a cross-cutting task needs a portfolio that reaches the other departments.</source>
            <translation>Die Rolle hat eine gewählte Beigeordnete oder ein gewählter Beigeordneter inne. {council} wählt die/den Beigeordneten, {mayor} weist den Geschäftskreis zu; Digitalisierung als Querschnittsaufgabe braucht einen Geschäftskreis, der in die anderen Ämter hineinreicht.</translation>
        </message>
        <message>
            <source>Have {mayor} write digitalisation into the deputy's portfolio (Geschäftsverteilung), with the right to involve every department</source>
            <translation>{mayor} bitten, die Digitalisierung in den Geschäftskreis der/des Beigeordneten zu schreiben (Geschäftsverteilung), mit dem Recht, jedes Amt einzubeziehen</translation>
        </message>
        <message>
            <source>Give the deputy a staff unit that does the work between elections</source>
            <translation>Der/dem Beigeordneten eine Stabsstelle geben, die die Arbeit über die Wahlperiode hinaus trägt</translation>
        </message>
        <message>
            <source>The role serves several member municipalities. Each member's council decides its own budget, statutes and strategy; the shared administration prepares and carries out. The agreement must say which member decides what.</source>
            <translation>Die Rolle arbeitet für mehrere Mitgliedsgemeinden. Der Rat jeder Mitgliedsgemeinde entscheidet über ihren Haushalt, ihre Satzungen und ihre Strategie; die gemeinsame Verwaltung bereitet vor und führt aus. Die Vereinbarung muss sagen, welche Mitgliedsgemeinde was entscheidet.</translation>
        </message>
        <message>
            <source>List the member municipalities with their contact and what each asks of the role</source>
            <translation>Die Mitgliedsgemeinden mit Ansprechperson auflisten und festhalten, was jede von der Rolle erwartet</translation>
        </message>
        <message>
            <source>Have each member's council adopt the digital goals and its share of the costs</source>
            <translation>Die Digitalisierungsziele und den Kostenanteil vom Rat jeder Mitgliedsgemeinde beschließen lassen</translation>
        </message>
        <message>
            <source>Decide in the shared body what the role does for all members at once</source>
            <translation>Im gemeinsamen Gremium beschließen, was die Rolle für alle Mitglieder zugleich tut</translation>
        </message>
        <message>
            <source>With {population} inhabitants the municipality is below {limit}: small municipalities often share a digitalisation post with their neighbours (for example four municipalities in Hesse share one under a public-law agreement), a potential the Trendreport Digitaler Staat 2022 found little used.</source>
            <translation>Mit {population} Einwohnerinnen und Einwohnern liegt die Gemeinde unter {limit}: Kleine Gemeinden teilen sich oft eine Digitalisierungsstelle mit Nachbargemeinden (so teilen sich in Hessen vier Gemeinden eine Stelle auf Grundlage einer öffentlich-rechtlichen Vereinbarung); nach dem Trendreport Digitaler Staat 2022 wird dieses Potenzial nur ansatzweise genutzt.</translation>
        </message>
        <message>
            <source>Share the post with neighbouring municipalities by a public-law agreement (Zweckvereinbarung) and split the costs</source>
            <translation>Die Stelle mit Nachbargemeinden über eine öffentlich-rechtliche Vereinbarung (Zweckvereinbarung) teilen und die Kosten aufteilen</translation>
        </message>
        <message>
            <source>Use the digital services of the county, the municipal IT provider or a Zweckverband instead of building them alone</source>
            <translation>Digitale Dienste des Landkreises, des kommunalen IT-Dienstleisters oder eines Zweckverbands nutzen, statt sie allein aufzubauen</translation>
        </message>
        <message>
            <source>{council} has committed no resources. Digitalisation is everyone's task: the council decides the budget and the posts.</source>
            <translation>{council}: keine Ressourcen zugesagt. Digitalisierung ist Aufgabe aller: Die Vertretung entscheidet über Haushalt und Stellen.</translation>
        </message>
        <message>
            <source>Ask the council for a budget line for digitalisation</source>
            <translation>Beim Rat einen Haushaltsansatz für die Digitalisierung beantragen</translation>
        </message>
        <message>
            <source>Put the role's posts into the next staff plan</source>
            <translation>Die Stellen der Rolle in den nächsten Stellenplan aufnehmen</translation>
        </message>
        <message>
            <source>Nobody is responsible (R) for “{task}”: name who does the work.</source>
            <translation>Für „{task}“ ist niemand durchführungsverantwortlich (R): benennen, wer die Arbeit macht.</translation>
        </message>
        <message>
            <source>Nobody is accountable (A) for “{task}”: name exactly one person or body.</source>
            <translation>Für „{task}“ ist niemand gesamtverantwortlich (A): genau eine Person oder ein Gremium benennen.</translation>
        </message>
        <message>
            <source>“{task}” has {count} accountable parties: keep exactly one A.</source>
            <translation>„{task}“ hat {count} Gesamtverantwortliche: genau ein A behalten.</translation>
        </message>
        <message>
            <source>Settle the roles for this task in the RACI matrix</source>
            <translation>Die Rollen für diese Aufgabe in der RACI-Matrix klären</translation>
        </message>
        <message>
            <source>The votes on “{area}” range from level {low} to {high}: the room sees this power very differently.</source>
            <translation>Die Stimmen zu „{area}“ reichen von Stufe {low} bis {high}: der Raum sieht diese Befugnis sehr unterschiedlich.</translation>
        </message>
        <message>
            <source>Let the lowest and the highest voter explain, then vote again</source>
            <translation>Die niedrigste und die höchste Stimme begründen lassen, dann neu abstimmen</translation>
        </message>
        <message>
            <source>No level has been agreed for “{area}” yet.</source>
            <translation>Für „{area}“ ist noch keine Stufe vereinbart.</translation>
        </message>
        <message>
            <source>Agree a level before the agreement is signed</source>
            <translation>Vor der Unterzeichnung eine Stufe vereinbaren</translation>
        </message>
        <message>
            <source>neither a decision level nor resources</source>
            <translation>weder eine Entscheidungsstufe noch Ressourcen</translation>
        </message>
        <message>
            <source>no decision level of {level} ({name}) or more</source>
            <translation>keine Entscheidungsstufe ab {level} ({name})</translation>
        </message>
        <message>
            <source>only its time share of {share} % ({have} FTE of the committed capacity, where it asks about {need} FTE)</source>
            <translation>nur ihren Zeitanteil von {share} % ({have} VZÄ der zugesagten Kapazität, wo sie etwa {need} VZÄ braucht)</translation>
        </message>
        <message>
            <source>no resources of the role</source>
            <translation>keine Ressourcen der Rolle</translation>
        </message>
        <message>
            <source>“{task}” is expected of the role, but has {missing} behind it.</source>
            <translation>„{task}“ wird von der Rolle erwartet; es gibt dafür aber {missing}.</translation>
        </message>
        <message>
            <source>Raise the level in a related area: {areas}</source>
            <translation>Stufe in einem zugehörigen Bereich anheben: {areas}</translation>
        </message>
        <message>
            <source>Make the role responsible and give it the time</source>
            <translation>Die Rolle verantwortlich machen und ihr die Zeit geben</translation>
        </message>
        <message>
            <source>Drop the task from the expectations</source>
            <translation>Die Aufgabe aus den Erwartungen streichen</translation>
        </message>
        <message>
            <source>The role carries {tasks} tasks, which take about {need} FTE, but only {have} FTE are committed (resource score {score}).</source>
            <translation>Die Rolle trägt {tasks} Aufgaben, die etwa {need} VZÄ erfordern, zugesagt sind aber nur {have} VZÄ (Ressourcenwert {score}).</translation>
        </message>
        <message>
            <source>Commit staff or more of the CDO's time</source>
            <translation>Personal oder mehr Arbeitszeit der/des CDO zusagen</translation>
        </message>
        <message>
            <source>Hand tasks to other units and keep the role accountable only</source>
            <translation>Aufgaben an andere Stellen abgeben und der Rolle nur die Gesamtverantwortung lassen</translation>
        </message>
        <message>
            <source>The CDO has {share} % of their time for the role but is responsible for {tasks} tasks.</source>
            <translation>Die/der CDO hat {share} % der Arbeitszeit für die Rolle, ist aber für {tasks} Aufgaben durchführungsverantwortlich.</translation>
        </message>
        <message>
            <source>Raise the time share</source>
            <translation>Zeitanteil erhöhen</translation>
        </message>
        <message>
            <source>Reduce the tasks to a few priorities</source>
            <translation>Aufgaben auf wenige Prioritäten beschränken</translation>
        </message>
        <message>
            <source>{group} expects “{asked}” ({position}), but the post is graded {grade}, whose criteria ({criterion}) carry the role type “{carries}”.</source>
            <translation>{group} erwartet „{asked}“ ({position}), aber die Stelle ist nach {grade} bewertet, deren Merkmale ({criterion}) den Rollentyp „{carries}“ tragen.</translation>
        </message>
        <message>
            <source>The role's powers and resources make it “{kind}”, but the post is graded {grade}, whose criteria ({criterion}) carry the role type “{carries}”.</source>
            <translation>Befugnisse und Ressourcen machen die Rolle zu „{kind}“, aber die Stelle ist nach {grade} bewertet, deren Merkmale ({criterion}) den Rollentyp „{carries}“ tragen.</translation>
        </message>
        <message>
            <source>Have the post evaluated against the agreed tasks (Dienstpostenbewertung) and assign the grade that follows</source>
            <translation>Den Dienstposten anhand der vereinbarten Aufgaben bewerten lassen (Dienstpostenbewertung) und die Besoldungsgruppe zuordnen, die sich daraus ergibt</translation>
        </message>
        <message>
            <source>Have HR grade the post by the agreed tasks: under § 12 TVöD the work processes (Arbeitsvorgänge) that make up at least half of the working time decide</source>
            <translation>Die Stelle vom Personalamt nach den vereinbarten Aufgaben eingruppieren lassen: Nach § 12 TVöD entscheiden die Arbeitsvorgänge, die mindestens die Hälfte der Arbeitszeit ausmachen</translation>
        </message>
        <message>
            <source>Narrow the expectation to what the grade carries (“{carries}”)</source>
            <translation>Die Erwartung auf das begrenzen, was die Entgeltgruppe trägt („{carries}“)</translation>
        </message>
        <message>
            <source>Step 4 gives the role {planned} FTE, but the committed resources add up to {have} FTE ({cdo} of the CDO's time and {staff} staff).</source>
            <translation>Schritt 4 nennt für die Rolle {planned} VZÄ, die zugesagten Ressourcen ergeben aber {have} VZÄ ({cdo} aus der Arbeitszeit der/des CDO und {staff} Personal).</translation>
        </message>
        <message>
            <source>Commit the missing staff or time in step 8 (resources)</source>
            <translation>Das fehlende Personal oder die fehlende Zeit in Schritt 8 (Ressourcen) zusagen</translation>
        </message>
        <message>
            <source>Correct the role's FTE in step 4</source>
            <translation>Die VZÄ der Rolle in Schritt 4 berichtigen</translation>
        </message>
        <message>
            <source>nobody is responsible (R) for {tasks}</source>
            <translation>niemand ist verantwortlich (R) für {tasks}</translation>
        </message>
        <message>
            <source>no decision area backs it with an agreed level of {level} ({name}) or more</source>
            <translation>kein Entscheidungsbereich stützt es mit einer vereinbarten Stufe {level} ({name}) oder mehr</translation>
        </message>
        <message>
            <source>the role has no resources</source>
            <translation>die Rolle hat keine Ressourcen</translation>
        </message>
        <message>
            <source>The goal “{goal}” is not carried yet: {missing}.</source>
            <translation>Das Ziel „{goal}“ ist noch nicht getragen: {missing}.</translation>
        </message>
        <message>
            <source>Name who is responsible for each task that serves the goal (step 6)</source>
            <translation>Für jede Aufgabe, die dem Ziel dient, festlegen, wer verantwortlich ist (Schritt 6)</translation>
        </message>
        <message>
            <source>Agree a level in a decision area that serves the goal (step 5)</source>
            <translation>In einem Entscheidungsbereich, der dem Ziel dient, eine Stufe vereinbaren (Schritt 5)</translation>
        </message>
        <message>
            <source>Lower the goal's priority or move it to a later horizon</source>
            <translation>Die Priorität des Ziels senken oder es auf einen späteren Zeithorizont verschieben</translation>
        </message>
        <message>
            <source>The goal “{goal}” is linked to no task and no decision area, so nothing checks whether the role can reach it.</source>
            <translation>Das Ziel „{goal}“ ist mit keiner Aufgabe und keinem Entscheidungsbereich verknüpft; daher prüft nichts, ob die Rolle es erreichen kann.</translation>
        </message>
        <message>
            <source>Link the tasks and decision areas that serve it (step 2)</source>
            <translation>Die Aufgaben und Entscheidungsbereiche verknüpfen, die ihm dienen (Schritt 2)</translation>
        </message>
        <message>
            <source>“{task}” is accountable to {holders}, not to {mayor} or {council}. The article: digitalisation is a leadership task that must not be delegated downwards; the top keeps accountability for strategy and portfolio.</source>
            <translation>„{task}“ verantwortet (A) {holders}, nicht {mayor} oder {council}. Der Artikel: Digitalisierung ist Führungsaufgabe und darf nicht nach unten wegdelegiert werden; die Spitze behält die Verantwortung für Strategie und Portfolio.</translation>
        </message>
        <message>
            <source>Make {mayor} accountable (A) and let the role do the work (R)</source>
            <translation>{mayor} die Gesamtverantwortung (A) geben und die Rolle die Arbeit machen lassen (R)</translation>
        </message>
        <message>
            <source>{tasks} introduce technical systems that can monitor staff: the staff council co-determines them ({law}), but it is not involved.</source>
            <translation>{tasks} führen technische Einrichtungen ein, die Beschäftigte überwachen können: Der Personalrat bestimmt dabei mit ({law}), ist aber nicht beteiligt.</translation>
        </message>
        <message>
            <source>the Land's staff representation act</source>
            <translation>Personalvertretungsgesetz des Landes</translation>
        </message>
        <message>
            <source>Involve the staff council early: invite a member to the workshop (step 1) and mark it consulted (C) on these tasks in step 6</source>
            <translation>Den Personalrat frühzeitig beteiligen: ein Mitglied zum Workshop einladen (Schritt 1) und ihn in Schritt 6 bei diesen Aufgaben als befragt (C) eintragen</translation>
        </message>
        <message>
            <source>Conclude a framework Dienstvereinbarung on introducing IT systems</source>
            <translation>Eine Rahmendienstvereinbarung zur Einführung von IT-Verfahren schließen</translation>
        </message>
        <message>
            <source>No training budget is committed. New procedures only work when staff can use them: training and change need their own money.</source>
            <translation>Es ist kein Fortbildungsbudget zugesagt. Neue Verfahren wirken nur, wenn die Beschäftigten sie nutzen können: Schulung und Veränderung brauchen eigenes Geld.</translation>
        </message>
        <message>
            <source>Commit a yearly training budget for digital skills (step 8)</source>
            <translation>Ein jährliches Fortbildungsbudget für digitale Kompetenzen zusagen (Schritt 8)</translation>
        </message>
        <message>
            <source>Use the municipal association's or the Land's free courses</source>
            <translation>Kostenfreie Angebote des kommunalen Spitzenverbands oder des Landes nutzen</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Koordination</translation>
        </message>
        <message>
            <source>Shaping</source>
            <translation>Gestaltung</translation>
        </message>
        <message>
            <source>Delivery / problem solving</source>
            <translation>Umsetzung / Problemlösung</translation>
        </message>
        <message>
            <source>No decision area has a level yet, so there is no mandate score.</source>
            <translation>Noch kein Entscheidungsbereich hat eine Stufe, daher gibt es noch keinen Mandatswert.</translation>
        </message>
        <message>
            <source>Calculation: 100 × Σ weight × (level − 1) ÷ (6 × Σ weight) = 100 × {points} ÷ (6 × {weights}) = {score}. Per area, weight × (level − 1): {areas}.</source>
            <translation>Rechenweg: 100 × Σ Gewicht × (Stufe − 1) ÷ (6 × Σ Gewicht) = 100 × {points} ÷ (6 × {weights}) = {score}. Je Bereich Gewicht × (Stufe − 1): {areas}.</translation>
        </message>
        <message>
            <source>{area} {weight} × {steps}{median}</source>
            <translation>{area} {weight} × {steps}{median}</translation>
        </message>
        <message>
            <source> (median)</source>
            <translation> (Median)</translation>
        </message>
        <message>
            <source>Mandate {score} of 100: the weighted mean of the levels in {areas} decision areas (level 1 = 0, level 7 = 100); the law would allow at most {ceiling}.{note}</source>
            <translation>Mandat {score} von 100: der gewichtete Mittelwert der Stufen in {areas} Entscheidungsbereichen (Stufe 1 = 0, Stufe 7 = 100); rechtlich möglich wären höchstens {ceiling}.{note}</translation>
        </message>
        <message>
            <source> {count} of them count with the median vote because no level has been agreed yet.</source>
            <translation> {count} davon zählen mit dem Median der Stimmen, weil noch keine Stufe vereinbart ist.</translation>
        </message>
        <message>
            <source> One of them counts with the median vote because no level has been agreed yet.</source>
            <translation> Einer davon zählt mit dem Median der Stimmen, weil noch keine Stufe vereinbart ist.</translation>
        </message>
        <message>
            <source>with {population} inhabitants the factor is ({counted} / {reference})^{exponent} = {factor}</source>
            <translation>bei {population} Einwohnerinnen und Einwohnern beträgt der Faktor ({counted} / {reference})^{exponent} = {factor}</translation>
        </message>
        <message>
            <source>the population is not given, so as for {reference} inhabitants</source>
            <translation>die Einwohnerzahl fehlt, daher wie bei {reference} Einwohnerinnen und Einwohnern</translation>
        </message>
        <message>
            <source>Resources {score} of 100. Demand: the role is responsible for {responsible} and only accountable for {accountable} tasks (one counts {a_share} of a task it is responsible for). At {reference} inhabitants a task asks about {fte_ref} FTE and {budget_ref} a year; here {size}: {per_fte} FTE and {per_budget} per task, {need_fte} FTE and {need_budget} in all. Committed: {have_fte} FTE ({cdo_fte} of the CDO, {share} % of {working} FTE, and {staff_fte} staff) and {have_budget} a year. Capacity counts {wc} % ({capacity} % covered), budget {wb} % ({budget} % covered).</source>
            <translation>Ressourcen {score} von 100. Bedarf: Die Rolle ist für {responsible} Aufgaben verantwortlich und für {accountable} nur rechenschaftspflichtig (eine solche zählt {a_share} einer Aufgabe, für die sie verantwortlich ist). Bei {reference} Einwohnerinnen und Einwohnern braucht eine Aufgabe etwa {fte_ref} VZÄ und {budget_ref} im Jahr; hier {size}: {per_fte} VZÄ und {per_budget} je Aufgabe, {need_fte} VZÄ und {need_budget} insgesamt. Zugesagt: {have_fte} VZÄ ({cdo_fte} von der/dem CDO, {share} % von {working} VZÄ, und {staff_fte} Personal) und {have_budget} im Jahr. Die Kapazität zählt {wc} % ({capacity} % gedeckt), das Budget {wb} % ({budget} % gedeckt).</translation>
        </message>
        <message>
            <source>Room for manoeuvre {score} of 100 = {wm} % mandate ({mandate}) + {wr} % resources ({resources}) + {wi} % independence (100 − dependency load = {independence}).</source>
            <translation>Gestaltungsspielraum {score} von 100 = {wm} % Mandat ({mandate}) + {wr} % Ressourcen ({resources}) + {wi} % Unabhängigkeit (100 − Abhängigkeitslast = {independence}).</translation>
        </message>
        <message>
            <source>Shaping: the room for manoeuvre of {score} would mean delivery, but with a mandate of {mandate} (below {limit}) the role cannot decide enough to deliver on its own.</source>
            <translation>Gestaltung: Ein Gestaltungsspielraum von {score} hieße Umsetzung, aber mit einem Mandat von {mandate} (unter {limit}) kann die Rolle nicht genug selbst entscheiden, um allein umzusetzen.</translation>
        </message>
        <message>
            <source>{type}: the room for manoeuvre is {score}; below {shaping} means coordination, from {shaping} shaping, from {delivery} delivery and problem solving.</source>
            <translation>{type}: Der Gestaltungsspielraum beträgt {score}; unter {shaping} bedeutet Koordination, ab {shaping} Gestaltung, ab {delivery} Umsetzung und Problemlösung.</translation>
        </message>
        <message>
            <source>Coordination: the role's core tasks need {units} (strength 3), and there is no agreement. One such dependency alone leaves only coordination, whatever the other scores (the article's warning: strong dependencies leave only coordination).</source>
            <translation>Koordination: Die Kernaufgaben der Rolle hängen ab von: {units} (Stärke 3), und es gibt keine Vereinbarung. Schon eine solche Abhängigkeit lässt nur Koordination, gleich wie die übrigen Werte ausfallen (die Warnung des Artikels: Starke Abhängigkeiten lassen nur Koordination).</translation>
        </message>
        <message>
            <source>Coordination: the dependency load is {load}, at or above {limit}. Strong dependencies leave only coordination, whatever the other scores (the article's warning).</source>
            <translation>Koordination: Die Abhängigkeitslast beträgt {load}, also {limit} oder mehr. Starke Abhängigkeiten lassen nur Koordination, gleich wie die übrigen Werte ausfallen (die Warnung des Artikels).</translation>
        </message>
        <message>
            <source>Coordination: the mandate is {mandate}, below {limit}. Limited powers leave only coordination, whatever the other scores (the article's warning).</source>
            <translation>Koordination: Das Mandat beträgt {mandate}, weniger als {limit}. Begrenzte Befugnisse lassen nur Koordination, gleich wie die übrigen Werte ausfallen (die Warnung des Artikels).</translation>
        </message>
        <message>
            <source>{unit} {share} %</source>
            <translation>{unit} {share} %</translation>
        </message>
        <message>
            <source>the placement ({placement}, strength {strength}) {share} %</source>
            <translation>die Verortung ({placement}, Stärke {strength}) {share} %</translation>
        </message>
        <message>
            <source>Dependency load {score} of 100: each dependency takes its share of the independence that is left ({chain}); what remains is {left} %. A dependency of strength 3, 2 or 1 takes {s3} %, {s2} % or {s1} %; one that the role's core tasks need takes {c3} %, {c2} % or {c1} %; an agreement multiplies the share by {factor}.</source>
            <translation>Abhängigkeitslast {score} von 100: Jede Abhängigkeit nimmt ihren Anteil der noch verbliebenen Unabhängigkeit ({chain}); übrig bleiben {left} %. Eine Abhängigkeit der Stärke 3, 2 oder 1 nimmt {s3} %, {s2} % oder {s1} %; eine, die die Kernaufgaben der Rolle brauchen, {c3} %, {c2} % oder {c1} %; eine Vereinbarung multipliziert den Anteil mit {factor}.</translation>
        </message>
        <message>
            <source>The room for manoeuvre needs at least one decision area with a level.</source>
            <translation>Für den Gestaltungsspielraum braucht mindestens ein Entscheidungsbereich eine Stufe.</translation>
        </message>
        <message>
            <source>The role is not responsible (R) or accountable (A) for any task yet, so there is no working time to share among its tasks.</source>
            <translation>Die Rolle ist noch für keine Aufgabe verantwortlich (R) oder rechenschaftspflichtig (A); es gibt also keine Arbeitszeit, die auf ihre Aufgaben zu verteilen wäre.</translation>
        </message>
        <message>
            <source>The time shares add up to {total} %, not 100 % of the role's {fte} FTE.</source>
            <translation>Die Zeitanteile ergeben zusammen {total} %, nicht 100 % der {fte} VZÄ der Rolle.</translation>
        </message>
        <message>
            <source>The time shares add up to {total} %, not 100 % of the role's working time.</source>
            <translation>Die Zeitanteile ergeben zusammen {total} %, nicht 100 % der Arbeitszeit der Rolle.</translation>
        </message>
        <message>
            <source>None of the role's {tasks} tasks has a time share yet: give each its percent of the role's working time, together 100 %.</source>
            <translation>Noch keine der {tasks} Aufgaben der Rolle hat einen Zeitanteil: Geben Sie jeder ihren Anteil an der Arbeitszeit der Rolle in Prozent, zusammen 100 %.</translation>
        </message>
        <message>
            <source>One of the role's {tasks} tasks has no time share yet.</source>
            <translation>Eine der {tasks} Aufgaben der Rolle hat noch keinen Zeitanteil.</translation>
        </message>
        <message>
            <source>{count} of the role's {tasks} tasks have no time share yet.</source>
            <translation>{count} der {tasks} Aufgaben der Rolle haben noch keinen Zeitanteil.</translation>
        </message>
        <message>
            <source>Under § 12 TVöD (Arbeitsvorgänge, mindestens die Hälfte der Arbeitszeit) a post belongs to the pay grade whose criteria are met by Arbeitsvorgänge that together make up at least half of its working time. Whether these Arbeitsvorgänge meet the criteria of a grade, and of which, is for HR to assess: this is a hint for the job description, not a grading.</source>
            <translation>Nach § 12 TVöD (Arbeitsvorgänge, mindestens die Hälfte der Arbeitszeit) gehört eine Stelle zu der Entgeltgruppe, deren Tätigkeitsmerkmale Arbeitsvorgänge erfüllen, die zusammen mindestens die Hälfte ihrer Arbeitszeit ausmachen. Ob und welche Merkmale diese Arbeitsvorgänge erfüllen, beurteilt die Personalstelle: Dies ist ein Hinweis für die Stellenbeschreibung, keine Eingruppierung.</translation>
        </message>
        <message>
            <source>The Arbeitsvorgang “{process}” alone makes up {share} % of the role's working time. {law}</source>
            <translation>Der Arbeitsvorgang „{process}“ allein macht {share} % der Arbeitszeit der Rolle aus. {law}</translation>
        </message>
        <message>
            <source>The {count} largest Arbeitsvorgänge ({processes}) together make up {share} % of the role's working time. {law}</source>
            <translation>Die {count} größten Arbeitsvorgänge ({processes}) machen zusammen {share} % der Arbeitszeit der Rolle aus. {law}</translation>
        </message>
        <message>
            <source>“{process}” {share} %</source>
            <translation>„{process}“ {share} %</translation>
        </message>
    </context>
    <context>
        <name>AnalysisStep</name>
        <message>
            <source>Recommendations: {accepted} accepted, {rejected} rejected, {open} still open</source>
            <translation>Empfehlungen: {accepted} angenommen, {rejected} abgelehnt, {open} noch offen</translation>
        </message>
        <message>
            <source>The analysis has no recommendations.</source>
            <translation>Die Analyse hat keine Empfehlungen.</translation>
        </message>
    </context>
    <context>
        <name>AnalysisSummary</name>
        <message>
            <source>Role type: not known yet</source>
            <translation>Rollentyp: noch nicht bestimmbar</translation>
        </message>
        <message>
            <source>Role type: {type}</source>
            <translation>Rollentyp: {type}</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcen</translation>
        </message>
        <message>
            <source>Dependency load</source>
            <translation>Abhängigkeitslast</translation>
        </message>
        <message>
            <source>Dependency load (higher means less independence)</source>
            <translation>Abhängigkeitslast (je höher, desto weniger Unabhängigkeit)</translation>
        </message>
        <message>
            <source>Room for manoeuvre</source>
            <translation>Gestaltungsspielraum</translation>
        </message>
        <message>
            <source>&amp;Gap per group</source>
            <translation>&amp;Lücke je Gruppe</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Lücke</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Gap per group</source>
            <translation>Lücke je Gruppe</translation>
        </message>
        <message>
            <source>Gap = expected position − room for manoeuvre. Plus: the group expects more than the role can deliver; minus: less.</source>
            <translation>Lücke = erwartete Position − Gestaltungsspielraum. Plus: Die Gruppe erwartet mehr, als die Rolle leisten kann; minus: weniger.</translation>
        </message>
        <message>
            <source>The gaps appear once a decision area has a level (step 5).</source>
            <translation>Die Lücken erscheinen, sobald ein Entscheidungsbereich eine Stufe hat (Schritt 5).</translation>
        </message>
        <message>
            <source>No group has said what it expects yet (step 3).</source>
            <translation>Noch hat keine Gruppe ihre Erwartung genannt (Schritt 3).</translation>
        </message>
        <message>
            <source>fits</source>
            <translation>passt</translation>
        </message>
        <message>
            <source>moderate gap: expects more than the role can do</source>
            <translation>mittlere Lücke: erwartet mehr, als die Rolle leisten kann</translation>
        </message>
        <message>
            <source>moderate gap: expects less than the role can do</source>
            <translation>mittlere Lücke: erwartet weniger, als die Rolle leisten kann</translation>
        </message>
        <message>
            <source>large gap: expects more than the role can do</source>
            <translation>große Lücke: erwartet mehr, als die Rolle leisten kann</translation>
        </message>
        <message>
            <source>large gap: expects less than the role can do</source>
            <translation>große Lücke: erwartet weniger, als die Rolle leisten kann</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>No display found (DISPLAY is not set). Start the app in a desktop session, or on a server with a virtual display: xvfb-run -a .venv/bin/cdo-workshop</source>
            <translation>Kein Bildschirm gefunden (DISPLAY ist nicht gesetzt). Starten Sie die App in einer Desktop-Sitzung oder auf einem Server mit virtuellem Bildschirm: xvfb-run -a .venv/bin/cdo-workshop</translation>
        </message>
        <message>
            <source>Qt needs the system libraries {packages} to open a window under X11. Install them (Debian/Ubuntu: sudo apt install {packages}) and start again.</source>
            <translation>Qt braucht die Systembibliotheken {packages}, um unter X11 ein Fenster zu öffnen. Installieren Sie sie (Debian/Ubuntu: sudo apt install {packages}) und starten Sie erneut.</translation>
        </message>
        <message>
            <source>The sessions in {path} are open in another CDO Workshop window already (process {pid} on {host}). Switch to that window, or close it and start again. Two windows on one database would overwrite each other's changes.</source>
            <translation>Die Sitzungen in {path} sind bereits in einem anderen CDO-Workshop-Fenster geöffnet (Prozess {pid} auf {host}). Wechseln Sie zu diesem Fenster oder schließen Sie es und starten Sie neu. Zwei Fenster auf derselben Datenbank würden gegenseitig ihre Änderungen überschreiben.</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <source>CDO Workshop</source>
            <translation>CDO Workshop</translation>
        </message>
        <message>
            <source>Step {number} of {count}: {title}</source>
            <translation>Schritt {number} von {count}: {title}</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>CDO Workshop – presentation</source>
            <translation>CDO Workshop – Präsentation</translation>
        </message>
    </context>
    <context>
        <name>BoardStep</name>
        <message>
            <source>Every decision area has an agreed level.</source>
            <translation>Für jeden Entscheidungsbereich ist eine Stufe vereinbart.</translation>
        </message>
        <message>
            <source>No decision areas yet.</source>
            <translation>Noch keine Entscheidungsbereiche.</translation>
        </message>
        <message>
            <source>By law at most level {level} ({name})</source>
            <translation>Rechtlich höchstens Stufe {level} ({name})</translation>
        </message>
        <message>
            <source>Votes hidden: {cast} of {voters} have voted</source>
            <translation>Stimmen verdeckt: {cast} von {voters} haben abgestimmt</translation>
        </message>
        <message>
            <source>No votes yet</source>
            <translation>Noch keine Stimmen</translation>
        </message>
        <message>
            <source>Votes: {count}, from level {low} to {high}</source>
            <translation>Stimmen: {count}, von Stufe {low} bis {high}</translation>
        </message>
        <message>
            <source> – a wide spread</source>
            <translation> – weite Streuung</translation>
        </message>
        <message>
            <source>agreed: level {level} ({name})</source>
            <translation>vereinbart: Stufe {level} ({name})</translation>
        </message>
        <message>
            <source>✔ agreed · § not lawful or reserved by law</source>
            <translation>✔ vereinbart · § rechtlich nicht möglich oder vorbehalten</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>The content catalog is damaged: {problems}</source>
            <translation>Der Inhaltskatalog ist beschädigt: {problems}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>unrecognized arguments: {args}</source>
            <translation>unbekannte Argumente: {args}</translation>
        </message>
        <message>
            <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
            <translation>Argument {name}: ungültige Auswahl: {value} (möglich: {choices})</translation>
        </message>
        <message>
            <source>the following arguments are required: {names}</source>
            <translation>folgende Argumente fehlen: {names}</translation>
        </message>
        <message>
            <source>argument {name}: expected one argument</source>
            <translation>Argument {name}: erwartet einen Wert</translation>
        </message>
        <message>
            <source>{message} (see cdo-workshop --help)</source>
            <translation>{message} (siehe cdo-workshop --help)</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>Guided workshop that clarifies a municipality's digitalisation role. Without a command the app window opens.</source>
            <translation>Geführter Workshop zur Klärung der Digitalisierungsrolle einer Kommune. Ohne Befehl öffnet sich das Programmfenster.</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>diese Hilfe anzeigen</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>die Version anzeigen</translation>
        </message>
        <message>
            <source>session database (default: $CDO_WORKSHOP_DB or the user data folder)</source>
            <translation>Sitzungsdatenbank (Standard: $CDO_WORKSHOP_DB oder der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>language of the app and its messages</source>
            <translation>Sprache der App und ihrer Meldungen</translation>
        </message>
        <message>
            <source>start the window, print the start-up time and exit (for benchmarks)</source>
            <translation>Fenster öffnen, Startzeit ausgeben und beenden (für Messungen)</translation>
        </message>
        <message>
            <source>check the installation in a temporary folder (database, sample, sealed PDF, verification, import from the PDF, main window); exit 0 if all checks pass</source>
            <translation>die Installation in einem temporären Ordner prüfen (Datenbank, Beispiel, versiegeltes PDF, Prüfung, Import aus dem PDF, Hauptfenster); Status 0, wenn alle Prüfungen bestehen</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>Befehle</translation>
        </message>
        <message>
            <source>arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>list the saved sessions</source>
            <translation>gespeicherte Sitzungen auflisten</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>JSON statt einer Tabelle ausgeben</translation>
        </message>
        <message>
            <source>import a session file, or the session of an agreement PDF after checking its seal, and print the new session's id</source>
            <translation>eine Sitzungsdatei importieren, oder die Sitzung aus einem Vereinbarungs-PDF nach Prüfung seines Siegels, und die ID der neuen Sitzung ausgeben</translation>
        </message>
        <message>
            <source>check the seal of an agreement PDF (exit 0 valid; 1 invalid, changed, resealed, unsealed or damaged; 2 not an agreement)</source>
            <translation>das Siegel eines Vereinbarungs-PDFs prüfen (Status 0 gültig; 1 ungültig, verändert, neu versiegelt, unversiegelt oder beschädigt; 2 keine Vereinbarung)</translation>
        </message>
        <message>
            <source>write a session to a portable JSON file</source>
            <translation>Sitzung in eine portable JSON-Datei schreiben</translation>
        </message>
        <message>
            <source>session id (a unique prefix is enough)</source>
            <translation>Sitzungs-ID (ein eindeutiger Anfang genügt)</translation>
        </message>
        <message>
            <source>make the agreement final: freeze its content for signature</source>
            <translation>die Vereinbarung zur Endfassung machen: ihren Inhalt für die Unterschrift festschreiben</translation>
        </message>
        <message>
            <source>make a final or signed agreement a draft again (voids every signature)</source>
            <translation>eine endgültige oder unterzeichnete Vereinbarung wieder zum Entwurf machen (alle Unterschriften werden ungültig)</translation>
        </message>
        <message>
            <source>import the sample session 'Musterstadt' and print its id</source>
            <translation>Beispielsitzung „Musterstadt“ importieren und ihre ID ausgeben</translation>
        </message>
        <message>
            <source>write the role agreement as a sealed PDF/A-3 file (German by default)</source>
            <translation>die Rollenvereinbarung als versiegelte PDF/A-3-Datei schreiben (standardmäßig auf Deutsch)</translation>
        </message>
        <message>
            <source>language of the document and the messages</source>
            <translation>Sprache des Dokuments und der Meldungen</translation>
        </message>
        <message>
            <source>seal with this PKCS#12 certificate instead of the local one in the data folder</source>
            <translation>mit diesem PKCS#12-Zertifikat versiegeln statt mit dem lokalen im Datenordner</translation>
        </message>
        <message>
            <source>environment variable holding the certificate's passphrase (default for the local certificate: {variable})</source>
            <translation>Umgebungsvariable mit der Passphrase des Zertifikats (Standard für das lokale Zertifikat: {variable})</translation>
        </message>
        <message>
            <source>write the PDF without an integrity seal</source>
            <translation>das PDF ohne Integritätssiegel schreiben</translation>
        </message>
        <message>
            <source>add empty signature fields so the signatories can add qualified signatures later</source>
            <translation>leere Signaturfelder anlegen, damit die Unterzeichnenden später qualifiziert signieren können</translation>
        </message>
        <message>
            <source>show who voted how in appendix A (by default only how the votes spread)</source>
            <translation>in Anhang A zeigen, wer wie gestimmt hat (sonst nur, wie sich die Stimmen verteilen)</translation>
        </message>
        <message>
            <source>add a signature box for the facilitator as witness</source>
            <translation>ein Unterschriftsfeld für die Moderation als Zeugin oder Zeuge anlegen</translation>
        </message>
        <message>
            <source>write a document for HR or the council as .docx or .odt (by OUT's suffix): stellenbeschreibung (job description), ausschreibung (draft job advertisement), beschlussvorlage (council paper)</source>
            <translation>ein Dokument für Personalabteilung oder Rat als .docx oder .odt schreiben (nach der Endung von OUT): stellenbeschreibung, ausschreibung (Entwurf), beschlussvorlage</translation>
        </message>
        <message>
            <source>let the room vote from their phones (hidden until revealed in the app); prints the join address first and ends with Ctrl+C</source>
            <translation>lässt den Raum per Smartphone abstimmen (verdeckt, bis in der App aufgedeckt); gibt zuerst die Adresse zur Teilnahme aus und endet mit Strg+C</translation>
        </message>
        <message>
            <source>--self-test takes no command</source>
            <translation>--self-test nimmt keinen Befehl an</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Unerwarteter Fehler: {error}</translation>
        </message>
        <message>
            <source>No saved sessions.</source>
            <translation>Keine gespeicherten Sitzungen.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>beschädigt</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Die Datei {path} existiert nicht.</translation>
        </message>
        <message>
            <source>No permission to access {path}.</source>
            <translation>Keine Berechtigung für {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>{path} cannot be accessed: {detail}</source>
            <translation>Auf {path} kann nicht zugegriffen werden: {detail}</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>Der Ordner {path} existiert nicht.</translation>
        </message>
        <message>
            <source>{id}: draft (signatures void)</source>
            <translation>{id}: Entwurf (Unterschriften ungültig)</translation>
        </message>
        <message>
            <source>{id}: final, for signature</source>
            <translation>{id}: endgültig, zur Unterschrift</translation>
        </message>
        <message>
            <source>{id}: signed</source>
            <translation>{id}: unterzeichnet</translation>
        </message>
        <message>
            <source>The environment variable {variable} is not set.</source>
            <translation>Die Umgebungsvariable {variable} ist nicht gesetzt.</translation>
        </message>
        <message>
            <source>Sealing with the local certificate needs its passphrase in the environment variable {variable} (or use --p12 FILE, or --unsigned).</source>
            <translation>Zum Versiegeln mit dem lokalen Zertifikat wird dessen Passphrase in der Umgebungsvariable {variable} benötigt (oder --p12 DATEI oder --unsigned verwenden).</translation>
        </message>
        <message>
            <source>Created the local seal certificate for {name}: {path} (its passphrase is not stored; keep it safe).</source>
            <translation>Lokales Siegelzertifikat für {name} angelegt: {path} (die Passphrase wird nicht gespeichert; bewahren Sie sie sicher auf).</translation>
        </message>
        <message>
            <source>There is no session with the id {id}.</source>
            <translation>Es gibt keine Sitzung mit der ID {id}.</translation>
        </message>
        <message>
            <source>The id {id} is ambiguous; give more characters.</source>
            <translation>Die ID {id} ist nicht eindeutig; bitte mehr Zeichen angeben.</translation>
        </message>
        <message>
            <source>{path} is missing</source>
            <translation>{path} fehlt</translation>
        </message>
        <message>
            <source>the app's translations (.qm) did not load</source>
            <translation>die Übersetzungen der App (.qm) wurden nicht geladen</translation>
        </message>
        <message>
            <source>Qt's own translations did not load</source>
            <translation>die Übersetzungen von Qt wurden nicht geladen</translation>
        </message>
        <message>
            <source>sorting by language does not work (Qt's ICU data)</source>
            <translation>das sprachgerechte Sortieren funktioniert nicht (ICU-Daten von Qt)</translation>
        </message>
        <message>
            <source>resources in {path}</source>
            <translation>Ressourcen in {path}</translation>
        </message>
        <message>
            <source>the new database is not empty</source>
            <translation>die neue Datenbank ist nicht leer</translation>
        </message>
        <message>
            <source>SQLite {version}</source>
            <translation>SQLite {version}</translation>
        </message>
        <message>
            <source>the saved session differs from the sample file</source>
            <translation>die gespeicherte Sitzung weicht von der Beispieldatei ab</translation>
        </message>
        <message>
            <source>session {id}</source>
            <translation>Sitzung {id}</translation>
        </message>
        <message>
            <source>the export process did not seal</source>
            <translation>der Exportprozess hat nicht versiegelt</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} KiB</translation>
        </message>
        <message>
            <source>the {format} file is not a document</source>
            <translation>die {format}-Datei ist kein Dokument</translation>
        </message>
        <message>
            <source>DOCX and ODT, {size} KiB</source>
            <translation>DOCX und ODT, {size} KiB</translation>
        </message>
        <message>
            <source>the seal does not cover the whole file</source>
            <translation>das Siegel deckt nicht die ganze Datei ab</translation>
        </message>
        <message>
            <source>the seal was not made with the self-test's certificate</source>
            <translation>das Siegel stammt nicht vom Zertifikat des Selbsttests</translation>
        </message>
        <message>
            <source>the PDF's content fingerprint does not match the exported session</source>
            <translation>der Inhalts-Fingerabdruck des PDF passt nicht zur exportierten Sitzung</translation>
        </message>
        <message>
            <source>a copy with one changed byte was not detected</source>
            <translation>eine Kopie mit einem geänderten Byte wurde nicht erkannt</translation>
        </message>
        <message>
            <source>{verdict} A copy with one changed byte is rejected.</source>
            <translation>{verdict} Eine Kopie mit einem geänderten Byte wird abgelehnt.</translation>
        </message>
        <message>
            <source>the imported session differs from the exported one</source>
            <translation>die importierte Sitzung weicht von der exportierten ab</translation>
        </message>
        <message>
            <source>session {id}, same content fingerprint</source>
            <translation>Sitzung {id}, gleicher Inhalts-Fingerabdruck</translation>
        </message>
        <message>
            <source>the window cannot open the database</source>
            <translation>das Fenster kann die Datenbank nicht öffnen</translation>
        </message>
        <message>
            <source>the window was not shown</source>
            <translation>das Fenster wurde nicht angezeigt</translation>
        </message>
        <message>
            <source>the window lists {listed} sessions instead of {expected}</source>
            <translation>das Fenster zeigt {listed} Sitzungen statt {expected}</translation>
        </message>
        <message>
            <source>sessions listed: {count} (Qt platform {platform})</source>
            <translation>angezeigte Sitzungen: {count} (Qt-Plattform {platform})</translation>
        </message>
        <message>
            <source>the phone page answered {page}, a wrong link {wrong}</source>
            <translation>die Abstimmungsseite antwortete mit {page}, ein falscher Link mit {wrong}</translation>
        </message>
        <message>
            <source>the phone page still answers after stop</source>
            <translation>die Abstimmungsseite antwortet nach dem Beenden noch</translation>
        </message>
        <message>
            <source>page 200 on 127.0.0.1:{port}, wrong link 403, stopped</source>
            <translation>Seite 200 auf 127.0.0.1:{port}, falscher Link 403, beendet</translation>
        </message>
        <message>
            <source>Load resources, translations and locale data</source>
            <translation>Ressourcen, Übersetzungen und Sprachdaten laden</translation>
        </message>
        <message>
            <source>Create a database</source>
            <translation>Datenbank anlegen</translation>
        </message>
        <message>
            <source>Import the sample session</source>
            <translation>Beispielsitzung importieren</translation>
        </message>
        <message>
            <source>Export a sealed PDF</source>
            <translation>Versiegeltes PDF exportieren</translation>
        </message>
        <message>
            <source>Verify the seal</source>
            <translation>Siegel prüfen</translation>
        </message>
        <message>
            <source>Write the documents for HR and the council</source>
            <translation>Dokumente für Personalabteilung und Rat schreiben</translation>
        </message>
        <message>
            <source>Import the session from the PDF</source>
            <translation>Sitzung aus dem PDF importieren</translation>
        </message>
        <message>
            <source>Open and close the main window</source>
            <translation>Hauptfenster öffnen und schließen</translation>
        </message>
        <message>
            <source>Serve the phone voting page on this computer</source>
            <translation>Abstimmungsseite für Smartphones auf diesem Computer bereitstellen</translation>
        </message>
        <message>
            <source>not run: an earlier check failed</source>
            <translation>nicht ausgeführt: eine vorherige Prüfung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FEHLER</translation>
        </message>
        <message>
            <source>Self-test of cdo-workshop {version} (Python {python}, Qt {qt})</source>
            <translation>Selbsttest von cdo-workshop {version} (Python {python}, Qt {qt})</translation>
        </message>
        <message>
            <source>{failed} of {count} checks FAILED ({seconds} s).</source>
            <translation>{failed} von {count} Prüfungen FEHLGESCHLAGEN ({seconds} s).</translation>
        </message>
        <message>
            <source>All {count} checks passed ({seconds} s).</source>
            <translation>Alle {count} Prüfungen bestanden ({seconds} s).</translation>
        </message>
        <message>
            <source>decision areas to vote on: catalog key or the start of the area's id</source>
            <translation>Entscheidungsbereiche, über die abgestimmt wird: Katalogschlüssel oder Anfang der Kennung des Bereichs</translation>
        </message>
        <message>
            <source>each participant gives their group's expectation</source>
            <translation>Alle Teilnehmenden geben die Erwartung ihrer Gruppe an</translation>
        </message>
        <message>
            <source>IPv4 address of the network the phones are on (default 127.0.0.1, this computer only; never all interfaces)</source>
            <translation>IPv4-Adresse des Netzes, in dem die Smartphones sind (Standard 127.0.0.1, nur dieser Computer; nie alle Schnittstellen)</translation>
        </message>
        <message>
            <source>port (default: a free one)</source>
            <translation>Port (Standard: ein freier)</translation>
        </message>
        <message>
            <source>{address} is not the IPv4 address of one network interface.</source>
            <translation>{address} ist nicht die IPv4-Adresse einer Netzwerkschnittstelle.</translation>
        </message>
        <message>
            <source>The port must lie between 0 and 65535.</source>
            <translation>Der Port muss zwischen 0 und 65535 liegen.</translation>
        </message>
        <message>
            <source>The agreement of this session is final: reopen it in the app (step 9) before the room votes again.</source>
            <translation>Die Vereinbarung dieser Sitzung ist endgültig: Öffnen Sie sie in der App wieder (Schritt 9), bevor der Raum erneut abstimmt.</translation>
        </message>
        <message>
            <source>The vote server cannot start on {address}: {detail}</source>
            <translation>Der Abstimmungsserver kann auf {address} nicht starten: {detail}</translation>
        </message>
        <message>
            <source>Phones join with this address. Every vote is saved at once and stays hidden until it is revealed in the app. Ctrl+C ends the vote.</source>
            <translation>Die Smartphones nehmen über diese Adresse teil. Jede Stimme wird sofort gespeichert und bleibt verdeckt, bis sie in der App aufgedeckt wird. Strg+C beendet die Abstimmung.</translation>
        </message>
        <message>
            <source>The vote has ended.</source>
            <translation>Die Abstimmung ist beendet.</translation>
        </message>
        <message>
            <source>The session has no decision area {key}.</source>
            <translation>Die Sitzung hat keinen Entscheidungsbereich {key}.</translation>
        </message>
    </context>
    <context>
        <name>CollectionEditor</name>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>No entries yet. Add the first with “{add}” ({keys}), then type into the cells.</source>
            <translation>Noch keine Einträge. Legen Sie den ersten mit „{add}“ ({keys}) an und tippen Sie dann in die Zellen.</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>Zeile verschieben</translation>
        </message>
    </context>
    <context>
        <name>CollectionModel</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>keine Angabe</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Not a date. Type it like {example}.</source>
            <translation>Kein Datum. Geben Sie es z. B. so ein: {example}.</translation>
        </message>
        <message>
            <source>not given; {example}</source>
            <translation>keine Angabe; {example}</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>z. B. {example}</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Choose the date in a calendar (Alt+Down)</source>
            <translation>Datum im Kalender wählen (Alt+Pfeil runter)</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>For each decision area, everyone shows how far the CDO should decide: from 1 (leadership decides alone) to 7 (the CDO decides alone). Look at the spread, let the extremes explain, then agree on a level. Hatched cells are reserved by law.</source>
            <translation>Für jeden Entscheidungsbereich zeigen alle, wie weit die/der CDO entscheiden soll: von 1 (die Leitung entscheidet allein) bis 7 (die/der CDO entscheidet allein). Betrachten Sie die Streuung, lassen Sie die niedrigste und die höchste Stimme begründen und vereinbaren Sie dann eine Stufe. Schraffierte Zellen sind gesetzlich vorbehalten.</translation>
        </message>
        <message>
            <source>V&amp;oter:</source>
            <translation>Stimme &amp;von:</translation>
        </message>
        <message>
            <source>Voter</source>
            <translation>Abstimmende Person</translation>
        </message>
        <message>
            <source>Whose vote the keys 1–7 enter (+ and - switch)</source>
            <translation>Wessen Stimme die Tasten 1–7 erfassen (+ und - wechseln die Person)</translation>
        </message>
        <message>
            <source>&amp;Next voter after each vote</source>
            <translation>Nach jeder Stimme &amp;weiter</translation>
        </message>
        <message>
            <source>Next voter after each vote</source>
            <translation>Nach jeder Stimme zur nächsten Person</translation>
        </message>
        <message>
            <source>Delegation &amp;poker (hide votes)</source>
            <translation>Delegation &amp;Poker (verdeckt)</translation>
        </message>
        <message>
            <source>Delegation poker: hide votes until revealed</source>
            <translation>Delegation Poker: Stimmen bis zum Aufdecken verdeckt halten</translation>
        </message>
        <message>
            <source>Votes are entered hidden; “Reveal votes” shows them for the selected area, the others stay hidden. Saved with the session. Switch with {keys}.</source>
            <translation>Stimmen werden verdeckt eingegeben; „Stimmen aufdecken“ zeigt sie für den gewählten Bereich, die anderen bleiben verdeckt. Wird mit der Sitzung gespeichert. Umschalten mit {keys}.</translation>
        </message>
        <message>
            <source>&amp;Reveal votes</source>
            <translation>Stimmen auf&amp;decken</translation>
        </message>
        <message>
            <source>&amp;Agree on level</source>
            <translation>Stufe ve&amp;reinbaren</translation>
        </message>
        <message>
            <source>Agree on the selected level</source>
            <translation>Ausgewählte Stufe vereinbaren</translation>
        </message>
        <message>
            <source>Agree on the level of the selected cell (Enter or double-click)</source>
            <translation>Stufe der ausgewählten Zelle vereinbaren (Eingabetaste oder Doppelklick)</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>Delegation B&amp;oard</translation>
        </message>
        <message>
            <source>Vo&amp;tes</source>
            <translation>S&amp;timmen</translation>
        </message>
        <message>
            <source>Delegation board and votes</source>
            <translation>Delegation Board und Stimmen</translation>
        </message>
        <message>
            <source>Delegation board: decision areas by level</source>
            <translation>Delegation Board: Entscheidungsbereiche nach Stufe</translation>
        </message>
        <message>
            <source>Votes by participant</source>
            <translation>Stimmen der Teilnehmenden</translation>
        </message>
        <message>
            <source>Keys: 1–7 vote for the chosen voter, Delete removes the vote, + and - switch the voter, Enter agrees on the selected level.</source>
            <translation>Tasten: 1–7 = Stimme der gewählten Person, Entf = Stimme löschen, + und - = Person wechseln, Eingabetaste = ausgewählte Stufe vereinbaren.</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Tastaturhilfe</translation>
        </message>
        <message>
            <source>Board messages</source>
            <translation>Meldungen zum Delegation Board</translation>
        </message>
        <message>
            <source>Next voter: {name}</source>
            <translation>Nächste Person: {name}</translation>
        </message>
        <message>
            <source>Delegation poker: votes are hidden until you reveal them, area by area. They are saved as you enter them.</source>
            <translation>Delegation Poker: Die Stimmen bleiben verdeckt, bis Sie sie Bereich für Bereich aufdecken. Gespeichert werden sie sofort bei der Eingabe.</translation>
        </message>
        <message>
            <source>Votes on “{area}” revealed; the other areas stay hidden.</source>
            <translation>Stimmen zu „{area}“ aufgedeckt; die übrigen Bereiche bleiben verdeckt.</translation>
        </message>
        <message>
            <source>current vote: {level} {name}</source>
            <translation>Stimme: {level} {name}</translation>
        </message>
        <message>
            <source>Agreed: {agreed} of {total} areas · {reserved} stay with council or mayor · {capped} limited by the placement</source>
            <translation>Vereinbart: {agreed} von {total} Bereichen · {reserved} bleiben bei Vertretung oder Verwaltungsspitze · {capped} durch die Einordnung begrenzt</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>Reveal the votes of the selected area</source>
            <translation>Stimmen des gewählten Bereichs aufdecken</translation>
        </message>
        <message>
            <source>Select a decision area first.</source>
            <translation>Wählen Sie zuerst einen Entscheidungsbereich aus.</translation>
        </message>
        <message>
            <source>Add participants in step 1 first: they are the voters.</source>
            <translation>Erfassen Sie zuerst in Schritt 1 die Teilnehmenden; nur sie können abstimmen.</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Stimme abgeben</translation>
        </message>
        <message>
            <source>Vote of {name} recorded (hidden).</source>
            <translation>Stimme von {name} erfasst (verdeckt).</translation>
        </message>
        <message>
            <source>{name} voted level {level}, above the legal ceiling (level {ceiling}) of “{area}”; that level cannot be agreed.</source>
            <translation>{name} hat Stufe {level} gewählt, also mehr als die gesetzliche Obergrenze (Stufe {ceiling}) für „{area}“; diese Stufe kann nicht vereinbart werden.</translation>
        </message>
        <message>
            <source>{name} voted level {level} on “{area}”.</source>
            <translation>{name} hat für „{area}“ Stufe {level} gewählt.</translation>
        </message>
        <message>
            <source>{name} has no vote on “{area}”.</source>
            <translation>{name} hat für „{area}“ keine Stimme abgegeben.</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Stimme löschen</translation>
        </message>
        <message>
            <source>Vote of {name} on “{area}” removed.</source>
            <translation>Stimme von {name} zu „{area}“ gelöscht.</translation>
        </message>
        <message>
            <source>Select the cell of a level (1–7) in an area's row first.</source>
            <translation>Wählen Sie zuerst in der Zeile eines Bereichs die Zelle einer Stufe (1–7) aus.</translation>
        </message>
        <message>
            <source>Level {level} cannot be agreed for “{area}”: the legal ceiling is level {ceiling}. {note}</source>
            <translation>Stufe {level} kann für „{area}“ nicht vereinbart werden: Die gesetzliche Obergrenze ist Stufe {ceiling}. {note}</translation>
        </message>
        <message>
            <source>Take back agreement</source>
            <translation>Vereinbarung zurücknehmen</translation>
        </message>
        <message>
            <source>Agreement on “{area}” taken back.</source>
            <translation>Vereinbarung zu „{area}“ zurückgenommen.</translation>
        </message>
        <message>
            <source>Agree on level</source>
            <translation>Stufe vereinbaren</translation>
        </message>
        <message>
            <source>Agreed for “{area}”: level {level} ({name}).</source>
            <translation>Vereinbart für „{area}“: Stufe {level} ({name}).</translation>
        </message>
        <message>
            <source>All votes are visible.</source>
            <translation>Alle Stimmen sind sichtbar.</translation>
        </message>
        <message>
            <source>no vote yet</source>
            <translation>noch keine Stimme</translation>
        </message>
        <message>
            <source>vote cast (hidden)</source>
            <translation>Stimme abgegeben (verdeckt)</translation>
        </message>
        <message>
            <source>{name} on “{area}”: {vote}</source>
            <translation>{name} zu „{area}“: {vote}</translation>
        </message>
    </context>
    <context>
        <name>DelegationBoardModel</name>
        <message>
            <source>Decision area</source>
            <translation>Entscheidungsbereich</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Streuung</translation>
        </message>
        <message>
            <source>Lowest to highest vote. Three levels or more apart is a wide spread: let the lowest and the highest voter explain before the room agrees.</source>
            <translation>Niedrigste bis höchste Stimme. Liegen die Stimmen drei oder mehr Stufen auseinander, ist die Streuung weit: Lassen Sie die niedrigste und die höchste Stimme begründen, bevor sich der Raum einigt.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n Stimme</numerusform>
                <numerusform>%n Stimmen</numerusform>
            </translation>
        </message>
        <message>
            <source>✔ agreed</source>
            <translation>✔ vereinbart</translation>
        </message>
        <message>
            <source>§ reserved</source>
            <translation>§ vorbehalten</translation>
        </message>
        <message>
            <source>reserved by law</source>
            <translation>gesetzlich vorbehalten</translation>
        </message>
        <message>
            <source>§ not lawful</source>
            <translation>§ unzulässig</translation>
        </message>
        <message>
            <source>not lawful with this placement</source>
            <translation>mit dieser Einordnung unzulässig</translation>
        </message>
        <message>
            <source>The votes are hidden until they are revealed.</source>
            <translation>Die Stimmen bleiben bis zum Aufdecken verdeckt.</translation>
        </message>
        <message>
            <source>Voted by: {names}</source>
            <translation>Gewählt von: {names}</translation>
        </message>
        <message>
            <source>No votes for this level.</source>
            <translation>Keine Stimmen für diese Stufe.</translation>
        </message>
        <message>
            <source>The room agreed on this level.</source>
            <translation>Der Raum hat sich auf diese Stufe geeinigt.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s) cast</source>
            <translation>
                <numerusform>%n Stimme abgegeben</numerusform>
                <numerusform>%n Stimmen abgegeben</numerusform>
            </translation>
        </message>
        <message>
            <source>no votes yet</source>
            <translation>noch keine Stimmen</translation>
        </message>
        <message>
            <source>{low}–{high} (wide)</source>
            <translation>{low}–{high} (weit)</translation>
        </message>
        <message>
            <source>No votes yet.</source>
            <translation>Noch keine Stimmen.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s), median {median}</source>
            <translation>
                <numerusform>%n Stimme, Median {median}</numerusform>
                <numerusform>%n Stimmen, Median {median}</numerusform>
            </translation>
        </message>
        <message>
            <source>Wide spread: the room sees this power very differently.</source>
            <translation>Weite Streuung: Der Raum sieht diese Befugnis sehr unterschiedlich.</translation>
        </message>
    </context>
    <context>
        <name>DependenciesPage</name>
        <message>
            <source>Unit</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>What for</source>
            <translation>Wofür</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Agreement exists</source>
            <translation>Vereinbarung vorhanden</translation>
        </message>
        <message>
            <source>Core tasks</source>
            <translation>Kernaufgaben</translation>
        </message>
        <message>
            <source>On which units does the role depend to get things done, and is there an agreement (service level, cooperation agreement)? Strong dependencies without an agreement shrink the room for manoeuvre; one that the role's core tasks cannot do without (“Core tasks”), strong and without an agreement, leaves only coordination. “Kind”: a unit of the administration, a private provider, a public provider (municipal IT provider, Zweckverband, county IT), the staff council, or other.</source>
            <translation>Von welchen Stellen hängt die Rolle ab, um etwas zu bewegen, und gibt es eine Vereinbarung (Service-Level, Kooperationsvereinbarung)? Starke Abhängigkeiten ohne Vereinbarung verkleinern den Gestaltungsspielraum; eine, ohne die die Kernaufgaben der Rolle nicht gehen („Kernaufgaben“), stark und ohne Vereinbarung, lässt nur Koordination. „Art“: eine Stelle der Verwaltung, ein privater Anbieter, ein kommunaler Dienstleister (kommunales Rechenzentrum, Zweckverband, Kreis-IT), der Personalrat oder Sonstige.</translation>
        </message>
        <message>
            <source>&amp;Add dependency</source>
            <translation>Abhängigkeit &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Remove dependency</source>
            <translation>Abhängigkeit entfernen</translation>
        </message>
        <message>
            <source>The core tasks need {units} (strength 3) without an agreement: this alone leaves the role only coordination.</source>
            <translation>Die Kernaufgaben hängen ohne Vereinbarung ab von: {units} (Stärke 3); das allein lässt der Rolle nur Koordination.</translation>
        </message>
        <message>
            <source>No dependency of strength 2 or 3 is without an agreement.</source>
            <translation>Keine Abhängigkeit der Stärke 2 oder 3 ist ohne Vereinbarung.</translation>
        </message>
        <message>
            <source>Without an agreement (strength 2 or 3): {units}</source>
            <translation>Ohne Vereinbarung (Stärke 2 oder 3): {units}</translation>
        </message>
    </context>
    <context>
        <name>DependenciesStep</name>
        <message>
            <source>Unit</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <source>Core tasks</source>
            <translation>Kernaufgaben</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>The core tasks need {units} without an agreement: the role can only coordinate.</source>
            <translation>Die Kernaufgaben brauchen {units} ohne Vereinbarung: Die Rolle kann nur koordinieren.</translation>
        </message>
        <message>
            <source>Strong dependencies without an agreement: {count}</source>
            <translation>Starke Abhängigkeiten ohne Vereinbarung: {count}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Documents for HR and the council</source>
            <translation>Dokumente für Personalabteilung und Rat</translation>
        </message>
        <message>
            <source>Built from the same workshop results as the agreement, as files HR and the mayor's office edit in Word or LibreOffice.</source>
            <translation>Aus denselben Workshop-Ergebnissen wie die Vereinbarung, als Dateien, die Personalabteilung und Büro der Verwaltungsspitze in Word oder LibreOffice bearbeiten.</translation>
        </message>
        <message>
            <source>&amp;Language of the documents:</source>
            <translation>S&amp;prache der Dokumente:</translation>
        </message>
        <message>
            <source>Language of the documents</source>
            <translation>Sprache der Dokumente</translation>
        </message>
        <message>
            <source>Job description</source>
            <translation>Stellenbeschreibung</translation>
        </message>
        <message>
            <source>Job advertisement (draft)</source>
            <translation>Stellenausschreibung (Entwurf)</translation>
        </message>
        <message>
            <source>Council paper</source>
            <translation>Beschlussvorlage</translation>
        </message>
        <message>
            <source>For HR: the post, its position, the work processes with their time shares (the basis for grading), powers, requirement profile and resources.</source>
            <translation>Für die Personalabteilung: die Stelle, ihre Einordnung, die Arbeitsvorgänge mit ihren Zeitanteilen (Grundlage der Bewertung), Befugnisse, Anforderungsprofil und Ressourcen.</translation>
        </message>
        <message>
            <source>For HR: tasks, profile and pay grade in plain language, marked as a draft that HR completes before publishing.</source>
            <translation>Für die Personalabteilung: Aufgaben, Profil und Entgeltgruppe in einfacher Sprache, als Entwurf markiert, den die Personalabteilung vor der Veröffentlichung ergänzt.</translation>
        </message>
        <message>
            <source>For the mayor's office: what the council must decide (budget, posts, strategy, review), the reasons and the financial effects.</source>
            <translation>Für das Büro der Verwaltungsspitze: was der Rat beschließen muss (Haushaltsmittel, Stellen, Strategie, Überprüfung), die Begründung und die finanziellen Auswirkungen.</translation>
        </message>
        <message>
            <source>Save as …</source>
            <translation>Speichern unter …</translation>
        </message>
        <message>
            <source>Save the {document} as Word or LibreOffice file</source>
            <translation>{document} als Word- oder LibreOffice-Datei speichern</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Dokument speichern</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;LibreOffice documents (*.odt)</source>
            <translation>Word-Dokumente (*.docx);;LibreOffice-Dokumente (*.odt)</translation>
        </message>
        <message>
            <source>Writing {path} …</source>
            <translation>{path} wird geschrieben …</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Gespeichert als {path}.</translation>
        </message>
        <message>
            <source>The file {path} cannot be written: {detail}</source>
            <translation>Die Datei {path} lässt sich nicht schreiben: {detail}</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Unerwarteter Fehler: {error}</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>The item {id} is no longer in the session.</source>
            <translation>Der Eintrag {id} ist nicht mehr in der Sitzung.</translation>
        </message>
        <message>
            <source>{value} is not a valid value for {field}.</source>
            <translation>{value} ist kein gültiger Wert für {field}.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>An entry needs a short key.</source>
            <translation>Ein Eintrag braucht einen kurzen Schlüssel.</translation>
        </message>
        <message>
            <source>This item does not belong in {collection}.</source>
            <translation>Dieser Eintrag gehört nicht in {collection}.</translation>
        </message>
        <message>
            <source>The item {id} is in the session already.</source>
            <translation>Der Eintrag {id} ist bereits in der Sitzung.</translation>
        </message>
        <message>
            <source>Level {level} lies above the legal ceiling (level {ceiling}).</source>
            <translation>Stufe {level} liegt über der rechtlichen Obergrenze (Stufe {ceiling}).</translation>
        </message>
        <message>
            <source>A task needs a title.</source>
            <translation>Eine Aufgabe braucht einen Titel.</translation>
        </message>
        <message>
            <source>This group has said what it expects already.</source>
            <translation>Diese Gruppe hat ihre Erwartungen bereits genannt.</translation>
        </message>
    </context>
    <context>
        <name>ExpectationCard</name>
        <message>
            <source>Expected task</source>
            <translation>Erwartete Aufgabe</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the expectation of {group} (undo with Ctrl+Z)</source>
            <translation>Erwartung von {group} entfernen (rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Remove the expectation of {group}</source>
            <translation>Erwartung von {group} entfernen</translation>
        </message>
        <message>
            <source>Position: {value} of 100
{band}</source>
            <translation>Position: {value} von 100
{band}</translation>
        </message>
        <message numerus="yes">
            <source>%n position(s) given by phone, hidden until you reveal them</source>
            <translation>
                <numerusform>%n Position per Smartphone abgegeben, verdeckt bis zum Aufdecken</numerusform>
                <numerusform>%n Positionen per Smartphone abgegeben, verdeckt bis zum Aufdecken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n position(s) given by phone, median {median}</source>
            <translation>
                <numerusform>%n Position per Smartphone abgegeben, Median {median}</numerusform>
                <numerusform>%n Positionen per Smartphone abgegeben, Median {median}</numerusform>
            </translation>
        </message>
        <message>
            <source>Expectation of {group}</source>
            <translation>Erwartung von {group}</translation>
        </message>
        <message>
            <source>0 means coordinating, 100 means solving problems of all kinds. Arrow keys move by 5, Page Up and Page Down by 10.</source>
            <translation>0 bedeutet koordinierend, 100 bedeutet Probleme aller Art lösend. Die Pfeiltasten verschieben um 5, Bild auf und Bild ab um 10.</translation>
        </message>
        <message>
            <source>coordinating</source>
            <translation>koordinierend</translation>
        </message>
        <message>
            <source>solves problems of all kinds</source>
            <translation>löst Probleme aller Art</translation>
        </message>
        <message>
            <source>Expected tasks:</source>
            <translation>Erwartete Aufgaben:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Anmerkungen:</translation>
        </message>
        <message>
            <source>Tasks {group} expects</source>
            <translation>Aufgaben, die {group} erwartet</translation>
        </message>
        <message>
            <source>Space ticks a task; F2 on its priority opens the choice.</source>
            <translation>Die Leertaste hakt eine Aufgabe an; F2 auf ihrer Priorität öffnet die Auswahl.</translation>
        </message>
        <message>
            <source>Notes on {group}</source>
            <translation>Anmerkungen zu {group}</translation>
        </message>
    </context>
    <context>
        <name>ExpectationChart</name>
        <message>
            <source>Expected position</source>
            <translation>Erwartete Position</translation>
        </message>
        <message>
            <source>0 = coordinating · 100 = solves problems of all kinds</source>
            <translation>0 = koordinierend · 100 = löst Probleme aller Art</translation>
        </message>
        <message>
            <source>Room for manoeuvre: {value}</source>
            <translation>Gestaltungsspielraum: {value}</translation>
        </message>
        <message>
            <source>The role's room for manoeuvre is {room} of 100.</source>
            <translation>Der Gestaltungsspielraum der Rolle beträgt {room} von 100.</translation>
        </message>
        <message>
            <source>{group} expects {expected}.</source>
            <translation>{group} erwartet {expected}.</translation>
        </message>
        <message>
            <source>Expectation and room for manoeuvre per group</source>
            <translation>Erwartung und Gestaltungsspielraum je Gruppe</translation>
        </message>
    </context>
    <context>
        <name>ExpectationsPage</name>
        <message>
            <source>What does each group expect of the role? Place it on the scale from coordinating (0) to solving problems of all kinds (100), tick the tasks the group expects and give each a priority. Everything is saved at once.</source>
            <translation>Was erwartet jede Gruppe von der Rolle? Ordnen Sie die Erwartung auf der Skala von koordinierend (0) bis Probleme aller Art lösend (100) ein, haken Sie die Aufgaben an, die die Gruppe erwartet, und geben Sie jeder eine Priorität. Alles wird sofort gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <source>&amp;Add group</source>
            <translation>Gruppe &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add an expectation for the chosen group</source>
            <translation>Eine Erwartung für die gewählte Gruppe hinzufügen</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Gruppe hinzufügen</translation>
        </message>
        <message>
            <source>Group to add</source>
            <translation>Hinzuzufügende Gruppe</translation>
        </message>
        <message>
            <source>No group has said what it expects yet. Choose a group and add it.</source>
            <translation>Noch hat keine Gruppe ihre Erwartung genannt. Wählen Sie eine Gruppe und fügen Sie sie hinzu.</translation>
        </message>
    </context>
    <context>
        <name>ExpectationsStep</name>
        <message>
            <source>What each group expects of the role</source>
            <translation>Was die Gruppen von der Rolle erwarten</translation>
        </message>
        <message>
            <source>No group has said what it expects yet.</source>
            <translation>Noch keine Gruppe hat ihre Erwartung genannt.</translation>
        </message>
        <message>
            <source>Still voting: {groups}</source>
            <translation>Stimmen noch ab: {groups}</translation>
        </message>
    </context>
    <context>
        <name>ExpectedTasksModel</name>
        <message>
            <source>Expected task</source>
            <translation>Erwartete Aufgabe</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>erwartet</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>nicht erwartet</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>keine Angabe</translation>
        </message>
        <message>
            <source>Expect task</source>
            <translation>Aufgabe erwarten</translation>
        </message>
        <message>
            <source>No longer expect task</source>
            <translation>Aufgabe nicht mehr erwarten</translation>
        </message>
        <message>
            <source>Priority of an expected task</source>
            <translation>Priorität einer erwarteten Aufgabe</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>The certificate needs a passphrase.</source>
            <translation>Das Zertifikat braucht eine Passphrase.</translation>
        </message>
        <message>
            <source>A local seal certificate already exists: {path}</source>
            <translation>Es gibt bereits ein lokales Siegelzertifikat: {path}</translation>
        </message>
        <message>
            <source>The certificate file {path} cannot be read: {detail}</source>
            <translation>Die Zertifikatsdatei {path} kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>The certificate cannot be opened: wrong passphrase or not a PKCS#12 file.</source>
            <translation>Das Zertifikat lässt sich nicht öffnen: falsche Passphrase oder keine PKCS#12-Datei.</translation>
        </message>
        <message>
            <source>The PKCS#12 file holds no private key with its certificate.</source>
            <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel zum Zertifikat.</translation>
        </message>
        <message>
            <source>This certificate cannot be used for sealing.</source>
            <translation>Mit diesem Zertifikat kann nicht versiegelt werden.</translation>
        </message>
        <message>
            <source>The PDF contains no CDO Workshop session data (it was not exported by CDO Workshop, or the attachment was removed).</source>
            <translation>Das PDF enthält keine Sitzungsdaten von CDO Workshop (es wurde nicht mit CDO Workshop erstellt, oder der Anhang wurde entfernt).</translation>
        </message>
        <message>
            <source>The session data attached to the PDF is larger than {limit} MB; it is not read.</source>
            <translation>Die an das PDF angehängten Sitzungsdaten sind größer als {limit} MB; sie werden nicht gelesen.</translation>
        </message>
        <message>
            <source>The session data attached to the PDF is damaged or stored in a way CDO Workshop does not write.</source>
            <translation>Die an das PDF angehängten Sitzungsdaten sind beschädigt oder auf eine Weise gespeichert, die CDO Workshop nicht schreibt.</translation>
        </message>
        <message>
            <source>The PDF cannot be read; the file is damaged or not a PDF.</source>
            <translation>Das PDF kann nicht gelesen werden; die Datei ist beschädigt oder kein PDF.</translation>
        </message>
        <message>
            <source>{path} is the session database, not a certificate (PKCS#12).</source>
            <translation>{path} ist die Sitzungsdatenbank, kein Zertifikat (PKCS#12).</translation>
        </message>
        <message>
            <source>Warning: the agreement carries no seal; nothing protects its content against changes. Import it only if you trust where it comes from.</source>
            <translation>Warnung: Die Vereinbarung trägt kein Siegel; nichts schützt ihren Inhalt vor Änderungen. Importieren Sie sie nur, wenn Sie ihrer Herkunft vertrauen.</translation>
        </message>
        <message>
            <source>The agreement is not imported. {verdict}</source>
            <translation>Die Vereinbarung wird nicht importiert. {verdict}</translation>
        </message>
        <message>
            <source>The agreement is not imported. {verdict} {detail}</source>
            <translation>Die Vereinbarung wird nicht importiert. {verdict} {detail}</translation>
        </message>
        <message>
            <source>Warning: the seal's certificate is not from this computer's certificate store (SHA-256 {sha256}); compare it with the one the facilitator gives you.</source>
            <translation>Warnung: Das Zertifikat des Siegels stammt nicht aus dem Zertifikatsspeicher dieses Computers (SHA-256 {sha256}); vergleichen Sie es mit dem, das Ihnen die Moderation nennt.</translation>
        </message>
        <message>
            <source>Unknown document “{kind}”: one of {kinds}.</source>
            <translation>Unbekanntes Dokument „{kind}“: eines von {kinds}.</translation>
        </message>
        <message>
            <source>Documents are written as .docx (Word) or .odt (LibreOffice), not “{suffix}”.</source>
            <translation>Dokumente werden als .docx (Word) oder .odt (LibreOffice) geschrieben, nicht „{suffix}“.</translation>
        </message>
    </context>
    <context>
        <name>ExportOptions</name>
        <message>
            <source>Choose a seal certificate</source>
            <translation>Siegelzertifikat wählen</translation>
        </message>
        <message>
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation>PKCS#12-Zertifikate (*.p12 *.pfx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>{path} is the database in which CDO Workshop keeps the sessions, not a certificate. Choose the certificate file (.p12 or .pfx).</source>
            <translation>{path} ist die Datenbank, in der CDO Workshop die Sitzungen speichert, kein Zertifikat. Wählen Sie die Zertifikatsdatei (.p12 oder .pfx).</translation>
        </message>
        <message>
            <source>Exists on this computer; you need its passphrase to seal.</source>
            <translation>Liegt auf diesem Computer vor; zum Siegeln brauchen Sie sein Passwort.</translation>
        </message>
        <message>
            <source>Not created yet: it is created when you first seal with it.</source>
            <translation>Noch nicht angelegt: Es wird beim ersten Siegeln erstellt.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Keine Datei gewählt</translation>
        </message>
        <message>
            <source>Doc&amp;ument language:</source>
            <translation>Sp&amp;rache des Dokuments:</translation>
        </message>
        <message>
            <source>No seal</source>
            <translation>&amp;Kein Siegel</translation>
        </message>
        <message>
            <source>Seal with this co&amp;mputer's local certificate</source>
            <translation>Mit dem lokalen Zertifikat dieses &amp;Computers siegeln</translation>
        </message>
        <message>
            <source>Seal with a certificate file (P&amp;KCS#12)</source>
            <translation>Mit einer Zertifikatsdatei sie&amp;geln (PKCS#12)</translation>
        </message>
        <message>
            <source>Signature box for the facilitator as witness</source>
            <translation>Unterschriftenfeld für die Moderation als Zeugin/Zeuge</translation>
        </message>
        <message>
            <source>Show who voted how in appendix A (names beside the votes)</source>
            <translation>In Anhang A zeigen, wer wie gestimmt hat (Namen neben den Stimmen)</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Sprache des Dokuments</translation>
        </message>
        <message>
            <source>Integrity seal</source>
            <translation>Integritätssiegel</translation>
        </message>
        <message>
            <source>C&amp;hoose file …</source>
            <translation>Datei &amp;wählen …</translation>
        </message>
        <message>
            <source>Empty signature fields for &amp;qualified electronic signatures later</source>
            <translation>Leere Signaturfelder für spätere &amp;qualifizierte elektronische Signaturen</translation>
        </message>
        <message>
            <source>Choose a certificate file</source>
            <translation>Zertifikatsdatei wählen</translation>
        </message>
        <message>
            <source>The seal shows whether the file was changed after sealing; who sealed it, only with a certificate from a trust service (this computer's own certificate proves integrity, not identity). It is not a qualified electronic signature and does not replace the signatures of the signatories.</source>
            <translation>Das Siegel zeigt, ob die Datei nach dem Siegeln verändert wurde; wer gesiegelt hat, belegt es nur mit dem Zertifikat eines Vertrauensdiensteanbieters (das eigene Zertifikat dieses Computers belegt die Unversehrtheit, nicht die Identität). Es ist keine qualifizierte elektronische Signatur und ersetzt nicht die Unterschriften der Unterzeichnenden.</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Seal the agreement</source>
            <translation>Vereinbarung siegeln</translation>
        </message>
        <message>
            <source>Passphrase of the certificate file {file}:</source>
            <translation>Passwort der Zertifikatsdatei {file}:</translation>
        </message>
        <message>
            <source>Passphrase of this computer's local seal certificate:</source>
            <translation>Passwort des lokalen Siegelzertifikats dieses Computers:</translation>
        </message>
        <message>
            <source>Create the local seal certificate</source>
            <translation>Lokales Siegelzertifikat anlegen</translation>
        </message>
        <message>
            <source>This computer has no seal certificate yet. CDO Workshop creates one in {folder}. Its key is protected by a passphrase that is not stored anywhere: you need it every time you seal, and nobody can recover it.</source>
            <translation>Dieser Computer hat noch kein Siegelzertifikat. CDO Workshop legt eines in {folder} an. Sein Schlüssel ist durch ein Passwort geschützt, das nirgends gespeichert wird: Sie brauchen es bei jedem Siegeln, und niemand kann es wiederherstellen.</translation>
        </message>
        <message>
            <source>Cancelling …</source>
            <translation>Wird abgebrochen …</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>The agreement is ready: {pages}. Preview, save and print below.</source>
            <translation>Die Vereinbarung ist erstellt: {pages}. Vorschau, Speichern und Drucken finden Sie darunter.</translation>
        </message>
        <message>
            <source>Sealed by {name}. The seal shows whether the file is changed later and who sealed it. It is not a qualified electronic signature and does not replace the signatures.</source>
            <translation>Gesiegelt von {name}. Das Siegel zeigt, ob die Datei später verändert wird und wer gesiegelt hat. Es ist keine qualifizierte elektronische Signatur und ersetzt nicht die Unterschriften.</translation>
        </message>
        <message>
            <source>The local certificate is self-signed: the seal proves that the file is unchanged, not who the sealer is.</source>
            <translation>Das lokale Zertifikat ist selbst ausgestellt: Das Siegel belegt, dass die Datei unverändert ist, nicht aber, wer gesiegelt hat.</translation>
        </message>
        <message>
            <source>Check a saved copy with Session › Verify agreement ….</source>
            <translation>Eine gespeicherte Kopie prüfen Sie mit Sitzung › Vereinbarung prüfen ….</translation>
        </message>
        <message>
            <source>Not sealed: changes made to the file later cannot be detected. Choose a seal above if the file is to be archived or passed on.</source>
            <translation>Nicht gesiegelt: Spätere Änderungen an der Datei lassen sich nicht erkennen. Wählen Sie oben ein Siegel, wenn die Datei archiviert oder weitergegeben wird.</translation>
        </message>
        <message numerus="yes">
            <source>%n of {count} signatories signed on screen (simple electronic signatures); the other signature boxes are lines for signing in ink.</source>
            <translation>
                <numerusform>%n von {count} Unterzeichnenden hat auf dem Bildschirm unterschrieben (einfache elektronische Signatur); die übrigen Unterschriftenfelder sind Linien für die Unterschrift mit Tinte.</numerusform>
                <numerusform>%n von {count} Unterzeichnenden haben auf dem Bildschirm unterschrieben (einfache elektronische Signaturen); die übrigen Unterschriftenfelder sind Linien für die Unterschrift mit Tinte.</numerusform>
            </translation>
        </message>
        <message>
            <source>The session has changed since this document was created. Create it again to include the changes.</source>
            <translation>Die Sitzung wurde geändert, seit dieses Dokument erstellt wurde. Erstellen Sie es neu, um die Änderungen aufzunehmen.</translation>
        </message>
        <message>
            <source>Role agreement {name} {date}</source>
            <translation>Rollenvereinbarung {name} {date}</translation>
        </message>
        <message>
            <source>Save the agreement</source>
            <translation>Vereinbarung speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>The file {path} cannot be written: {detail}</source>
            <translation>Die Datei {path} kann nicht geschrieben werden: {detail}</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Gespeichert als {path}.</translation>
        </message>
        <message>
            <source>{path} is the session database; the agreement is not printed there.</source>
            <translation>{path} ist die Datenbank der Sitzungen; die Vereinbarung wird nicht dorthin gedruckt.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to {printer} as PDF.</source>
            <translation>
                <numerusform>%n Seite als PDF an {printer} gesendet.</numerusform>
                <numerusform>%n Seiten als PDF an {printer} gesendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n Seite an den Drucker gesendet.</numerusform>
                <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Opening the seal certificate …</source>
            <translation>Siegelzertifikat wird geöffnet …</translation>
        </message>
        <message>
            <source>Analysing the session …</source>
            <translation>Sitzung wird ausgewertet …</translation>
        </message>
        <message>
            <source>Laying out the pages …</source>
            <translation>Seiten werden gesetzt …</translation>
        </message>
        <message>
            <source>Making the archival PDF (PDF/A-3) …</source>
            <translation>Archiv-PDF (PDF/A-3) wird erstellt …</translation>
        </message>
        <message>
            <source>Sealing …</source>
            <translation>Wird gesiegelt …</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Printing …</source>
            <translation>Wird gedruckt …</translation>
        </message>
        <message>
            <source>The export stopped unexpectedly (its process ended). Nothing was saved; please create the agreement again.</source>
            <translation>Die Erstellung wurde unerwartet beendet (ihr Prozess endete). Es wurde nichts gespeichert; bitte erstellen Sie die Vereinbarung erneut.</translation>
        </message>
        <message>
            <source>The print service did not take the agreement: {detail}. Check the printer (or choose another) and try again.</source>
            <translation>Der Druckdienst hat die Vereinbarung nicht angenommen: {detail}. Prüfen Sie den Drucker (oder wählen Sie einen anderen) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The printer cannot be used. Check the printer and try again.</source>
            <translation>Der Drucker kann nicht verwendet werden. Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read or written: {detail}</source>
            <translation>Die Datei {path} kann nicht gelesen oder geschrieben werden: {detail}</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Unerwarteter Fehler: {error}</translation>
        </message>
        <message>
            <source>Creates the agreement as an archival PDF (PDF/A-3) with the session data inside. Signatures drawn on screen appear in their boxes; the other boxes stay lines for signing in ink.</source>
            <translation>Erstellt die Vereinbarung als Archiv-PDF (PDF/A-3) mit den Sitzungsdaten darin. Auf dem Bildschirm gezeichnete Unterschriften erscheinen in ihren Feldern; die übrigen Felder bleiben Linien für die Unterschrift mit Tinte.</translation>
        </message>
        <message>
            <source>&amp;Create agreement</source>
            <translation>&amp;Vereinbarung erstellen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Sa&amp;ve as …</source>
            <translation>Spe&amp;ichern unter …</translation>
        </message>
        <message>
            <source>&amp;Print …</source>
            <translation>&amp;Drucken …</translation>
        </message>
        <message>
            <source>Save the agreement as a file</source>
            <translation>Die Vereinbarung als Datei speichern</translation>
        </message>
        <message>
            <source>Print the agreement</source>
            <translation>Die Vereinbarung drucken</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>{suffix} file</source>
            <translation>{suffix}-Datei</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
    </context>
    <context>
        <name>FollowUpChanges</name>
        <message>
            <source>What changed since the last workshop</source>
            <translation>Was sich seit dem letzten Workshop geändert hat</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcen</translation>
        </message>
        <message>
            <source>Dependency load</source>
            <translation>Abhängigkeitslast</translation>
        </message>
        <message>
            <source>Room for manoeuvre</source>
            <translation>Gestaltungsspielraum</translation>
        </message>
        <message>
            <source>Role type</source>
            <translation>Rollentyp</translation>
        </message>
        <message>
            <source>Capacity (FTE)</source>
            <translation>Kapazität (VZÄ)</translation>
        </message>
        <message>
            <source>Budget per year</source>
            <translation>Budget pro Jahr</translation>
        </message>
        <message>
            <source>Expectation of {group}</source>
            <translation>Erwartung von {group}</translation>
        </message>
        <message>
            <source>Gap of {group}</source>
            <translation>Lücke von {group}</translation>
        </message>
        <message>
            <source>Agreed level: {area}</source>
            <translation>Vereinbarte Stufe: {area}</translation>
        </message>
        <message>
            <source>{share} %</source>
            <translation>{share} %</translation>
        </message>
        <message>
            <source>Time share: {process}</source>
            <translation>Zeitanteil: {process}</translation>
        </message>
        <message>
            <source>Goal: {goal}</source>
            <translation>Ziel: {goal}</translation>
        </message>
        <message>
            <source>carried</source>
            <translation>getragen</translation>
        </message>
        <message>
            <source>not carried</source>
            <translation>nicht getragen</translation>
        </message>
        <message>
            <source>Compared with “{previous}”. Recommendations resolved since: {resolved}, new: {new}.</source>
            <translation>Vergleich mit „{previous}“. Seither erledigte Empfehlungen: {resolved}, neue: {new}.</translation>
        </message>
        <message>
            <source>Compared with “{previous}”: nothing has changed.</source>
            <translation>Vergleich mit „{previous}“: Es hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfallen</translation>
        </message>
    </context>
    <context>
        <name>FramingPage</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Stakeholder group</source>
            <translation>Anspruchsgruppe</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>Person &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Person entfernen</translation>
        </message>
        <message>
            <source>Template “{template}” applied: {tasks}, {areas} and {resources} added; what the session had stays. Ctrl+Z takes them out again.</source>
            <translation>Vorlage „{template}“ übernommen: {tasks}, {areas} und {resources} hinzugefügt; was die Sitzung hatte, bleibt. Strg+Z nimmt sie wieder heraus.</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n Aufgabe</numerusform>
                <numerusform>%n Aufgaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision area(s)</source>
            <translation>
                <numerusform>%n Entscheidungsbereich</numerusform>
                <numerusform>%n Entscheidungsbereiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resource(s)</source>
            <translation>
                <numerusform>%n Ressource</numerusform>
                <numerusform>%n Ressourcen</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing added: the session already has every task and decision area of the template “{template}”, and resources of its own, which a template never replaces.</source>
            <translation>Nichts hinzugefügt: Die Sitzung hat schon alle Aufgaben und Entscheidungsbereiche der Vorlage „{template}“ und eigene Ressourcen, die eine Vorlage nie ersetzt.</translation>
        </message>
        <message>
            <source>Nothing added: the session already has everything of the template “{template}”.</source>
            <translation>Nichts hinzugefügt: Die Sitzung hat schon alles aus der Vorlage „{template}“.</translation>
        </message>
        <message>
            <source>Temp&amp;late:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Apply template</source>
            <translation>Vorlage übernehmen</translation>
        </message>
        <message>
            <source>Adds the template's tasks, decision areas and proposed resources (undoable)</source>
            <translation>Fügt die Aufgaben, Entscheidungsbereiche und vorgeschlagenen Ressourcen der Vorlage hinzu (rückgängig machbar)</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Who is the workshop for, and when and where does it take place? Everything you type is saved immediately.</source>
            <translation>Für wen ist der Workshop, wann und wo findet er statt? Alles, was Sie eingeben, wird sofort gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Kommune:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;Population:</source>
            <translation>Ein&amp;wohnerzahl:</translation>
        </message>
        <message>
            <source>State (La&amp;nd):</source>
            <translation>B&amp;undesland:</translation>
        </message>
        <message>
            <source>&amp;Workshop date:</source>
            <translation>&amp;Datum des Workshops:</translation>
        </message>
        <message>
            <source>Session &amp;title:</source>
            <translation>Sitzungs&amp;titel:</translation>
        </message>
        <message>
            <source>Pla&amp;ce:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>&amp;Facilitator:</source>
            <translation>&amp;Moderation:</translation>
        </message>
        <message>
            <source>Contract threshold (main statute):</source>
            <translation>Wertgrenze für Vergaben (Hauptsatzung):</translation>
        </message>
        <message>
            <source>e.g. Musterstadt</source>
            <translation>z. B. Musterstadt</translation>
        </message>
        <message>
            <source>optional, e.g. Role clarification 2026</source>
            <translation>optional, z. B. Rollenklärung 2026</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>keine Angabe</translation>
        </message>
        <message>
            <source>The value in the main statute (Hauptsatzung) above which the council or a committee awards contracts; each municipality sets its own.</source>
            <translation>Der Wert in der Hauptsatzung, ab dem die Vertretung oder ein Ausschuss über Vergaben entscheidet; jede Gemeinde legt ihn selbst fest.</translation>
        </message>
    </context>
    <context>
        <name>GoalLinks</name>
        <message>
            <source>&amp;Tasks that serve it:</source>
            <translation>Auf&amp;gaben, die ihm dienen:</translation>
        </message>
        <message>
            <source>Decision a&amp;reas that serve it:</source>
            <translation>Entscheidungsbe&amp;reiche, die ihm dienen:</translation>
        </message>
        <message>
            <source>Tasks that serve the goal</source>
            <translation>Aufgaben, die dem Ziel dienen</translation>
        </message>
        <message>
            <source>Decision areas that serve the goal</source>
            <translation>Entscheidungsbereiche, die dem Ziel dienen</translation>
        </message>
        <message>
            <source>Select a goal to link what serves it.</source>
            <translation>Ein Ziel auswählen, um zu verknüpfen, was ihm dient.</translation>
        </message>
        <message>
            <source>What serves “{goal}”?</source>
            <translation>Was dient „{goal}“?</translation>
        </message>
        <message>
            <source>Not linked yet: nothing checks whether the role can reach this goal.</source>
            <translation>Noch nicht verknüpft: Nichts prüft, ob die Rolle dieses Ziel erreichen kann.</translation>
        </message>
        <message>
            <source>✓ Carried: someone does each task, a level backs it, resources.</source>
            <translation>✓ Getragen: Jede Aufgabe hat eine Verantwortliche, eine Stufe stützt das Ziel, Ressourcen sind da.</translation>
        </message>
        <message>
            <source>nobody is responsible (R) for {count} of its tasks</source>
            <translation>für {count} seiner Aufgaben ist niemand verantwortlich (R)</translation>
        </message>
        <message>
            <source>no agreed level of {level} or more backs it</source>
            <translation>keine vereinbarte Stufe {level} oder höher stützt es</translation>
        </message>
        <message>
            <source>the role has no resources</source>
            <translation>die Rolle hat keine Ressourcen</translation>
        </message>
        <message>
            <source>Not carried yet: {missing}.</source>
            <translation>Noch nicht getragen: {missing}.</translation>
        </message>
        <message>
            <source>Link to goal</source>
            <translation>Mit Ziel verknüpfen</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>{carried} of {count} goals are carried by tasks, powers and resources.</source>
            <translation>{carried} von {count} Zielen sind durch Aufgaben, Befugnisse und Ressourcen getragen.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Zeithorizont</translation>
        </message>
        <message>
            <source>What does the municipality want to achieve with digitalisation? The role is measured against these goals. Order them by importance with Up and Down.</source>
            <translation>Was will die Kommune mit der Digitalisierung erreichen? An diesen Zielen wird die Rolle gemessen. Mit „Nach oben“ und „Nach unten“ ordnen Sie sie nach Wichtigkeit.</translation>
        </message>
        <message>
            <source>&amp;Add goal</source>
            <translation>Ziel &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Remove goal</source>
            <translation>Ziel entfernen</translation>
        </message>
    </context>
    <context>
        <name>GoalsStep</name>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Zeithorizont</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>Noch keine Ziele.</translation>
        </message>
        <message>
            <source>{carried} of {count} goals are carried by tasks, powers and resources.</source>
            <translation>{carried} von {count} Zielen sind durch Aufgaben, Befugnisse und Ressourcen getragen.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Municipality (Gemeinde)</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Town or city</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>District-free city</source>
            <translation>Kreisfreie Stadt</translation>
        </message>
        <message>
            <source>Association of municipalities</source>
            <translation>Verbandsgemeinde / Gemeindeverband</translation>
        </message>
        <message>
            <source>District (Landkreis)</source>
            <translation>Landkreis</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Baden-Württemberg</source>
            <translation>Baden-Württemberg</translation>
        </message>
        <message>
            <source>Bavaria</source>
            <translation>Bayern</translation>
        </message>
        <message>
            <source>Berlin</source>
            <translation>Berlin</translation>
        </message>
        <message>
            <source>Brandenburg</source>
            <translation>Brandenburg</translation>
        </message>
        <message>
            <source>Bremen</source>
            <translation>Bremen</translation>
        </message>
        <message>
            <source>Hamburg</source>
            <translation>Hamburg</translation>
        </message>
        <message>
            <source>Hesse</source>
            <translation>Hessen</translation>
        </message>
        <message>
            <source>Mecklenburg-Western Pomerania</source>
            <translation>Mecklenburg-Vorpommern</translation>
        </message>
        <message>
            <source>Lower Saxony</source>
            <translation>Niedersachsen</translation>
        </message>
        <message>
            <source>North Rhine-Westphalia</source>
            <translation>Nordrhein-Westfalen</translation>
        </message>
        <message>
            <source>Rhineland-Palatinate</source>
            <translation>Rheinland-Pfalz</translation>
        </message>
        <message>
            <source>Saarland</source>
            <translation>Saarland</translation>
        </message>
        <message>
            <source>Saxony</source>
            <translation>Sachsen</translation>
        </message>
        <message>
            <source>Saxony-Anhalt</source>
            <translation>Sachsen-Anhalt</translation>
        </message>
        <message>
            <source>Schleswig-Holstein</source>
            <translation>Schleswig-Holstein</translation>
        </message>
        <message>
            <source>Thuringia</source>
            <translation>Thüringen</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>within a year</source>
            <translation>innerhalb eines Jahres</translation>
        </message>
        <message>
            <source>1 to 3 years</source>
            <translation>1 bis 3 Jahre</translation>
        </message>
        <message>
            <source>more than 3 years</source>
            <translation>mehr als 3 Jahre</translation>
        </message>
        <message>
            <source>once</source>
            <translation>einmalig</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>pro Jahr</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>pro Monat</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>vorgeschlagen</translation>
        </message>
        <message>
            <source>committed</source>
            <translation>zugesagt</translation>
        </message>
        <message>
            <source>approved (budget adopted)</source>
            <translation>beschlossen (im Haushalt)</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <source>0 – none</source>
            <translation>0 – keine</translation>
        </message>
        <message>
            <source>1 – weak</source>
            <translation>1 – schwach</translation>
        </message>
        <message>
            <source>2 – medium</source>
            <translation>2 – mittel</translation>
        </message>
        <message>
            <source>3 – strong</source>
            <translation>3 – stark</translation>
        </message>
        <message>
            <source>administration</source>
            <translation>Verwaltung</translation>
        </message>
        <message>
            <source>public provider</source>
            <translation>kommunaler Dienstleister</translation>
        </message>
        <message>
            <source>staff council</source>
            <translation>Personalrat</translation>
        </message>
        <message>
            <source>private provider</source>
            <translation>privater Anbieter</translation>
        </message>
        <message>
            <source>other</source>
            <translation>sonstige</translation>
        </message>
        <message>
            <source>€</source>
            <translation>€</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>VZÄ</translation>
        </message>
        <message>
            <source>% of working time</source>
            <translation>% der Arbeitszeit</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
    </context>
    <context>
        <name>Legal</name>
        <message>
            <source>Legal basis: {law} ({code}). Matters the elected council ({council}) cannot delegate: {reserved}.</source>
            <translation>Rechtsgrundlage: {law} ({code}). Nicht übertragbare Aufgaben der gewählten Vertretung ({council}): {reserved}.</translation>
        </message>
        <message>
            <source>A city-state has no municipal code: the app cites no provision and uses neutral terms. Check the Land's own law (e.g. its district administration act) for who decides what.</source>
            <translation>Ein Stadtstaat hat keine Gemeindeordnung: Die App zitiert keine Vorschrift und verwendet neutrale Begriffe. Wer was entscheidet, regelt das Landesrecht (z. B. das Bezirksverwaltungsgesetz) – bitte dort prüfen.</translation>
        </message>
        <message>
            <source>For a Landkreis the Land's county code applies, which the app does not cite yet: it uses neutral terms. Check the county code for who decides what.</source>
            <translation>Für einen Landkreis gilt die Landkreisordnung des Landes, die die App noch nicht zitiert: Sie verwendet neutrale Begriffe. Wer was entscheidet, bitte in der Landkreisordnung prüfen.</translation>
        </message>
        <message>
            <source>No Land chosen: the app cites no municipal code and uses neutral terms. Choose the Land in step 1 to see its terms and paragraphs.</source>
            <translation>Kein Land gewählt: Die App zitiert keine Gemeindeordnung und verwendet neutrale Begriffe. Wählen Sie in Schritt 1 das Land, um seine Begriffe und Paragrafen zu sehen.</translation>
        </message>
        <message>
            <source>Reserved: {owner} decides; the role prepares and advises (at most level {level} “{name}”). {note}</source>
            <translation>Vorbehalten (zuständig: {owner}): Die Rolle bereitet vor und berät (höchstens Stufe {level} „{name}“). {note}</translation>
        </message>
        <message>
            <source>Stays with {owner}: the role can decide jointly (at most level {level} “{name}”), not alone. {note}</source>
            <translation>Zuständig bleibt: {owner}. Die Rolle kann mitentscheiden (höchstens Stufe {level} „{name}“), nicht allein. {note}</translation>
        </message>
        <message>
            <source>With this placement lawful up to level {level} “{name}”. {note}</source>
            <translation>Mit dieser Einordnung rechtlich bis Stufe {level} „{name}“. {note}</translation>
        </message>
        <message>
            <source>Levels above {level} are not open to delegation.</source>
            <translation>Stufen über {level} sind nicht delegierbar.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New session</source>
            <translation>&amp;Neue Sitzung</translation>
        </message>
        <message>
            <source>Start a new workshop session</source>
            <translation>Eine neue Workshop-Sitzung beginnen</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the selected session</source>
            <translation>Die ausgewählte Sitzung öffnen</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>Copy the selected session</source>
            <translation>Die ausgewählte Sitzung kopieren</translation>
        </message>
        <message>
            <source>&amp;Delete …</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message>
            <source>Delete the selected session for good</source>
            <translation>Die ausgewählte Sitzung endgültig löschen</translation>
        </message>
        <message>
            <source>&amp;Import …</source>
            <translation>&amp;Importieren …</translation>
        </message>
        <message>
            <source>Import a session file</source>
            <translation>Eine Sitzungsdatei importieren</translation>
        </message>
        <message>
            <source>E&amp;xport …</source>
            <translation>E&amp;xportieren …</translation>
        </message>
        <message>
            <source>Save the selected session as a file</source>
            <translation>Die ausgewählte Sitzung als Datei speichern</translation>
        </message>
        <message>
            <source>&amp;Verify agreement …</source>
            <translation>Vereinbarung &amp;prüfen …</translation>
        </message>
        <message>
            <source>Check the seal of an agreement PDF and whether it was changed</source>
            <translation>Das Siegel einer Vereinbarung (PDF) prüfen und ob sie verändert wurde</translation>
        </message>
        <message>
            <source>Add the sample session “Musterstadt”</source>
            <translation>Die Beispielsitzung „Musterstadt“ hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Back to overview</source>
            <translation>&amp;Zurück zur Übersicht</translation>
        </message>
        <message>
            <source>Close the session; it is saved</source>
            <translation>Sitzung schließen; sie ist gespeichert</translation>
        </message>
        <message>
            <source>New from &amp;template …</source>
            <translation>Neu aus &amp;Vorlage …</translation>
        </message>
        <message>
            <source>Start a session with a template's tasks, areas and resources</source>
            <translation>Eine Sitzung mit den Aufgaben, Bereichen und Ressourcen einer Vorlage beginnen</translation>
        </message>
        <message>
            <source>New &amp;follow-up workshop</source>
            <translation>F&amp;olgeworkshop anlegen</translation>
        </message>
        <message>
            <source>Start the next workshop from the selected session</source>
            <translation>Den nächsten Workshop aus der ausgewählten Sitzung beginnen</translation>
        </message>
        <message>
            <source>Keep this session's tasks, areas and resources as a template</source>
            <translation>Aufgaben, Bereiche und Ressourcen dieser Sitzung als Vorlage behalten</translation>
        </message>
        <message>
            <source>&amp;Projector mode</source>
            <translation>&amp;Beamer-Modus</translation>
        </message>
        <message>
            <source>Facilitator &amp;notes</source>
            <translation>Moderations&amp;notizen</translation>
        </message>
        <message>
            <source>Private notes; never shown in projector mode or printed</source>
            <translation>Private Notizen; nie im Beamer-Modus gezeigt oder gedruckt</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit CDO Workshop</source>
            <translation>CDO Workshop beenden</translation>
        </message>
        <message>
            <source>Load s&amp;ample</source>
            <translation>Beispi&amp;el laden</translation>
        </message>
        <message>
            <source>Save as o&amp;wn template …</source>
            <translation>Als eigene Vorlage &amp;speichern …</translation>
        </message>
        <message>
            <source>Only what the room may see, full screen on this screen; F11 returns to the full app (F11)</source>
            <translation>Nur, was der Raum sehen darf, als Vollbild auf diesem Bildschirm; F11 kehrt zur vollständigen Anwendung zurück (F11)</translation>
        </message>
        <message>
            <source>P&amp;resentation</source>
            <translation>P&amp;räsentation</translation>
        </message>
        <message>
            <source>Only what the room may see, full screen on the second screen (projector); this window keeps the full app (F5)</source>
            <translation>Nur, was der Raum sehen darf, als Vollbild auf dem zweiten Bildschirm (Beamer); dieses Fenster behält die vollständige Anwendung (F5)</translation>
        </message>
        <message>
            <source>Step &amp;done</source>
            <translation>Schritt &amp;erledigt</translation>
        </message>
        <message>
            <source>Mark the current step as done, or as open again (Ctrl+Return)</source>
            <translation>Den aktuellen Schritt als erledigt oder wieder als offen markieren (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Save a&amp;ll sessions as …</source>
            <translation>Alle Sitzungen speiche&amp;rn unter …</translation>
        </message>
        <message>
            <source>Copy the database with all sessions to another file and go on saving there</source>
            <translation>Die Datenbank mit allen Sitzungen in eine andere Datei kopieren und dort weiterspeichern</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Moderationsnotizen</translation>
        </message>
        <message>
            <source>Only for you: not shown in projector mode, not in the agreement.</source>
            <translation>Nur für Sie: nicht im Beamer-Modus, nicht in der Vereinbarung.</translation>
        </message>
        <message>
            <source>CDO Workshop</source>
            <translation>CDO Workshop</translation>
        </message>
        <message>
            <source>Copy of {title}</source>
            <translation>Kopie von {title}</translation>
        </message>
        <message>
            <source>Reopen the agreement</source>
            <translation>Vereinbarung wieder öffnen</translation>
        </message>
        <message>
            <source>The agreement is final or signed. To change it, it becomes a draft again and every signature given so far becomes void; the PDF then says so. Reopen it?</source>
            <translation>Die Vereinbarung ist endgültig oder unterzeichnet. Um sie zu ändern, wird sie wieder ein Entwurf, und jede bisher geleistete Unterschrift wird ungültig; das PDF sagt das dann. Wieder öffnen?</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Sitzung löschen</translation>
        </message>
        <message>
            <source>Delete the session “{title}” for good? All its data, including names and signatures, is removed from this computer. This cannot be undone.</source>
            <translation>Die Sitzung „{title}“ endgültig löschen? Alle Daten, auch Namen und Unterschriften, werden von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Import session</source>
            <translation>Sitzung importieren</translation>
        </message>
        <message>
            <source>Session files and agreement PDFs (*.json *.pdf);;All files (*)</source>
            <translation>Sitzungsdateien und Vereinbarungs-PDFs (*.json *.pdf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Session imported.</source>
            <translation>Sitzung importiert.</translation>
        </message>
        <message>
            <source>Export session</source>
            <translation>Sitzung exportieren</translation>
        </message>
        <message>
            <source>Session files (*.json)</source>
            <translation>Sitzungsdateien (*.json)</translation>
        </message>
        <message>
            <source>session.json</source>
            <translation>sitzung.json</translation>
        </message>
        <message>
            <source>Session exported to {path}.</source>
            <translation>Sitzung nach {path} exportiert.</translation>
        </message>
        <message>
            <source>own template</source>
            <translation>eigene Vorlage</translation>
        </message>
        <message>
            <source>Follow-up: {title}</source>
            <translation>Folgeworkshop: {title}</translation>
        </message>
        <message>
            <source>Save as own template</source>
            <translation>Als eigene Vorlage speichern</translation>
        </message>
        <message>
            <source>Name of the template:</source>
            <translation>Name der Vorlage:</translation>
        </message>
        <message>
            <source>Template saved.</source>
            <translation>Vorlage gespeichert.</translation>
        </message>
        <message>
            <source>Presentation on {screen}: Esc there or F5 here ends it.</source>
            <translation>Präsentation auf {screen}: Esc dort oder F5 hier beendet sie.</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <source>{name} – CDO Workshop</source>
            <translation>{name} – CDO Workshop</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Gespeichert {time}</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>Speicherstand</translation>
        </message>
    </context>
    <context>
        <name>MatrixStep</name>
        <message>
            <source>R responsible (does it) · A accountable (decides) · C consulted · I informed</source>
            <translation>R verantwortlich (führt aus) · A rechenschaftspflichtig (entscheidet) · C beteiligt · I informiert</translation>
        </message>
        <message>
            <source>Every task has an R and exactly one A.</source>
            <translation>Jede Aufgabe hat ein R und genau ein A.</translation>
        </message>
        <message>
            <source>Tasks still without an R or with not exactly one A: {count}</source>
            <translation>Aufgaben noch ohne R oder nicht mit genau einem A: {count}</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <source>Accept recommendation</source>
            <translation>Empfehlung annehmen</translation>
        </message>
        <message>
            <source>Who takes care of it?</source>
            <translation>Wer kümmert sich darum?</translation>
        </message>
        <message>
            <source>&amp;Option:</source>
            <translation>&amp;Option:</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Maßnahme:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Zuständig:</translation>
        </message>
        <message>
            <source>&amp;Due by:</source>
            <translation>&amp;Fällig bis:</translation>
        </message>
        <message>
            <source>Create measure</source>
            <translation>Maßnahme anlegen</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsStep</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>{count} inhabitants</source>
            <translation>{count} Einwohnerinnen und Einwohner</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Name in the certificate:</source>
            <translation>&amp;Name im Zertifikat:</translation>
        </message>
        <message>
            <source>&amp;Repeat passphrase:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
        <message>
            <source>The certificate needs a name.</source>
            <translation>Das Zertifikat braucht einen Namen.</translation>
        </message>
        <message>
            <source>The passphrase needs at least {count} characters.</source>
            <translation>Das Passwort braucht mindestens {count} Zeichen.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passwörter stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview of the agreement</source>
            <translation>Vorschau der Vereinbarung</translation>
        </message>
        <message>
            <source>&amp;Zoom to the width of the page</source>
            <translation>Auf Seitenbreite zoomen</translation>
        </message>
        <message>
            <source>Zoom the preview to the width of the page</source>
            <translation>Die Vorschau auf die Seitenbreite vergrößern</translation>
        </message>
    </context>
    <context>
        <name>PhoneRound</name>
        <message>
            <source>Phone vote of {name}</source>
            <translation>Stimme von {name} per Smartphone</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Erwartungen</translation>
        </message>
    </context>
    <context>
        <name>PhoneVotingPanel</name>
        <message>
            <source>Select a decision area first.</source>
            <translation>Wählen Sie zuerst einen Entscheidungsbereich.</translation>
        </message>
        <message>
            <source>This computer has no network address to serve on.</source>
            <translation>Dieser Computer hat keine Netzwerkadresse, auf der die Abstimmung laufen kann.</translation>
        </message>
        <message>
            <source>The vote cannot start on {address}: {detail}</source>
            <translation>Die Abstimmung kann auf {address} nicht starten: {detail}</translation>
        </message>
        <message>
            <source>Reveal the phone positions</source>
            <translation>Positionen von den Smartphones aufdecken</translation>
        </message>
        <message>
            <source>Positions revealed: each group's position is the median of its votes.</source>
            <translation>Positionen aufgedeckt: Die Position jeder Gruppe ist der Median ihrer Stimmen.</translation>
        </message>
        <message>
            <source>{address} ({name}, this computer only)</source>
            <translation>{address} ({name}, nur dieser Computer)</translation>
        </message>
        <message>
            <source>{address} ({name})</source>
            <translation>{address} ({name})</translation>
        </message>
        <message>
            <source>Vote b&amp;y smartphone</source>
            <translation>Abst&amp;immung per Smartphone</translation>
        </message>
        <message>
            <source>Ask &amp;this question</source>
            <translation>Diese &amp;Frage stellen</translation>
        </message>
        <message>
            <source>Asked now: {question}</source>
            <translation>Aktuelle Frage: {question}</translation>
        </message>
        <message>
            <source>{voted} of {eligible} have voted: {names}</source>
            <translation>{voted} von {eligible} haben abgestimmt: {names}</translation>
        </message>
        <message>
            <source>No one has voted yet ({eligible} may vote).</source>
            <translation>Noch hat niemand abgestimmt ({eligible} können abstimmen).</translation>
        </message>
        <message>
            <source>Vote by smartphone</source>
            <translation>Abstimmung per Smartphone</translation>
        </message>
        <message>
            <source>Net&amp;work:</source>
            <translation>Net&amp;zwerk:</translation>
        </message>
        <message>
            <source>Network the phones are on</source>
            <translation>Netzwerk, in dem die Smartphones sind</translation>
        </message>
        <message>
            <source>The phones must be on this network (the room's Wi-Fi or this laptop's hotspot). The server answers only there, and only with the vote page.</source>
            <translation>Die Smartphones müssen in diesem Netzwerk sein (WLAN des Raums oder Hotspot dieses Laptops). Der Server antwortet nur dort und nur mit der Abstimmungsseite.</translation>
        </message>
        <message>
            <source>QR code of the vote page</source>
            <translation>QR-Code der Abstimmungsseite</translation>
        </message>
        <message>
            <source>QR code to join the Wi-Fi</source>
            <translation>QR-Code für das WLAN</translation>
        </message>
        <message>
            <source>&amp;Reveal positions</source>
            <translation>Positionen &amp;aufdecken</translation>
        </message>
        <message>
            <source>New &amp;link</source>
            <translation>Neuer &amp;Link</translation>
        </message>
        <message>
            <source>The old link and QR code stop working; phones scan the new one.</source>
            <translation>Der alte Link und QR-Code gelten nicht mehr; die Smartphones scannen den neuen.</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Stop the vote by smartphone</source>
            <translation>Abstimmung per Smartphone beenden</translation>
        </message>
        <message>
            <source>&amp;Free name</source>
            <translation>Namen f&amp;reigeben</translation>
        </message>
        <message>
            <source>Name taken on a phone</source>
            <translation>Auf einem Smartphone gewählter Name</translation>
        </message>
        <message>
            <source>New link for the vote page</source>
            <translation>Neuer Link zur Abstimmungsseite</translation>
        </message>
        <message>
            <source>Free the chosen name</source>
            <translation>Gewählten Namen freigeben</translation>
        </message>
        <message>
            <source>Wi-Fi name for the QR code</source>
            <translation>WLAN-Name für den QR-Code</translation>
        </message>
        <message>
            <source>Wi-Fi password for the QR code</source>
            <translation>WLAN-Passwort für den QR-Code</translation>
        </message>
        <message>
            <source>Wi-Fi &amp;name:</source>
            <translation>WLAN-Na&amp;me:</translation>
        </message>
        <message>
            <source>Wi-Fi &amp;password:</source>
            <translation>WLAN-&amp;Passwort:</translation>
        </message>
    </context>
    <context>
        <name>PlacementPage</name>
        <message>
            <source>Where does the role sit in the organisation, whom does it report to and how is it graded? The placement decides much of its autonomy and its dependencies.</source>
            <translation>Wo ist die Rolle in der Organisation angesiedelt, wem berichtet sie und wie ist sie eingruppiert? Die Einordnung bestimmt viel von ihrer Eigenständigkeit und ihren Abhängigkeiten.</translation>
        </message>
        <message>
            <source>&amp;Placement:</source>
            <translation>Ein&amp;ordnung:</translation>
        </message>
        <message>
            <source>Typical consequences:</source>
            <translation>Typische Folgen:</translation>
        </message>
        <message>
            <source>In law:</source>
            <translation>Rechtlich:</translation>
        </message>
        <message>
            <source>&amp;Reporting line:</source>
            <translation>Be&amp;richtslinie:</translation>
        </message>
        <message>
            <source>Pay &amp;grade:</source>
            <translation>Ein&amp;gruppierung:</translation>
        </message>
        <message>
            <source>Pay check:</source>
            <translation>Prüfung der Entgeltgruppe:</translation>
        </message>
        <message>
            <source>&amp;FTE of the role:</source>
            <translation>&amp;VZÄ der Rolle:</translation>
        </message>
        <message>
            <source>CDO's &amp;time share:</source>
            <translation>&amp;Zeitanteil der/des CDO:</translation>
        </message>
        <message>
            <source>CDO's &amp;working time (FTE):</source>
            <translation>Arbeitszeit der/des &amp;CDO (VZÄ):</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>A&amp;nmerkungen:</translation>
        </message>
        <message>
            <source>e.g. Lord mayor</source>
            <translation>z. B. Oberbürgermeisterin</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>keine Angabe</translation>
        </message>
        <message>
            <source>full-time</source>
            <translation>Vollzeit</translation>
        </message>
        <message>
            <source>not chosen yet</source>
            <translation>noch nicht gewählt</translation>
        </message>
        <message>
            <source>Choose the pay grade to check it against what is expected of the post.</source>
            <translation>Entgeltgruppe wählen, um sie mit dem abzugleichen, was von der Stelle erwartet wird.</translation>
        </message>
        <message>
            <source>{grade}: {criterion}. Carries the role type “{carries}”.</source>
            <translation>{grade}: {criterion}. Trägt den Rollentyp „{carries}“.</translation>
        </message>
        <message>
            <source>Outside the core administration the role cannot exercise the municipality's powers itself. Lawful at most: {areas}.</source>
            <translation>Außerhalb der Kernverwaltung kann die Rolle Befugnisse der Gemeinde nicht selbst ausüben. Rechtlich höchstens: {areas}.</translation>
        </message>
        <message>
            <source>Inside the administration: only the areas reserved to the council or the mayor are limited (see step 5).</source>
            <translation>Innerhalb der Verwaltung: Begrenzt sind nur die Bereiche, die der Vertretung oder der Verwaltungsspitze vorbehalten sind (siehe Schritt 5).</translation>
        </message>
        <message>
            <source>The enterprise's own governance is on the board in step 5: {areas}.</source>
            <translation>Die eigene Steuerung des Unternehmens steht in Schritt 5 auf dem Board: {areas}.</translation>
        </message>
        <message>
            <source>Taken back with this placement: {areas}.</source>
            <translation>Mit dieser Einordnung zurückgenommen: {areas}.</translation>
        </message>
        <message>
            <source>{area} (agreed {agreed}, now at most {ceiling})</source>
            <translation>{area} (vereinbart {agreed}, jetzt höchstens {ceiling})</translation>
        </message>
        <message>
            <source>Removed with this placement, with their votes (Undo brings them back): {areas}.</source>
            <translation>Mit dieser Verortung entfernt, samt Stimmen (Rückgängig holt sie zurück): {areas}.</translation>
        </message>
        <message>
            <source>Choose a placement to see its typical consequences.</source>
            <translation>Wählen Sie eine Einordnung, um ihre typischen Folgen zu sehen.</translation>
        </message>
        <message>
            <source>{text}
Autonomy: {autonomy} · Dependency: {dependency}</source>
            <translation>{text}
Eigenständigkeit: {autonomy} · Abhängigkeit: {dependency}</translation>
        </message>
    </context>
    <context>
        <name>PlacementStep</name>
        <message>
            <source>not decided yet</source>
            <translation>noch nicht entschieden</translation>
        </message>
        <message>
            <source>{fte} FTE</source>
            <translation>{fte} VZÄ</translation>
        </message>
        <message>
            <source>{share} % of the CDO's time</source>
            <translation>{share} % der Arbeitszeit der/des CDO</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Berichtet an</translation>
        </message>
        <message>
            <source>Pay grade</source>
            <translation>Entgelt-/Besoldungsgruppe</translation>
        </message>
        <message>
            <source>Size of the role</source>
            <translation>Umfang der Rolle</translation>
        </message>
        <message>
            <source>Autonomy / dependency</source>
            <translation>Eigenständigkeit / Abhängigkeit</translation>
        </message>
    </context>
    <context>
        <name>RaciDelegate</name>
        <message>
            <source>Task title</source>
            <translation>Aufgabentitel</translation>
        </message>
        <message>
            <source>— no role</source>
            <translation>— keine Rolle</translation>
        </message>
        <message>
            <source>RACI role</source>
            <translation>RACI-Rolle</translation>
        </message>
    </context>
    <context>
        <name>RaciModel</name>
        <message>
            <source>Own tasks</source>
            <translation>Eigene Aufgaben</translation>
        </message>
        <message>
            <source>R – Responsible: does the work</source>
            <translation>R – durchführungsverantwortlich: macht die Arbeit</translation>
        </message>
        <message>
            <source>A – Accountable: answers for the result</source>
            <translation>A – gesamtverantwortlich: steht für das Ergebnis ein</translation>
        </message>
        <message>
            <source>C – Consulted: is asked beforehand</source>
            <translation>C – mitwirkend/konsultiert: wird vorher gefragt</translation>
        </message>
        <message>
            <source>I – Informed: is told afterwards</source>
            <translation>I – informiert: wird danach unterrichtet</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>no R</source>
            <translation>kein R</translation>
        </message>
        <message>
            <source>no A</source>
            <translation>kein A</translation>
        </message>
        <message>
            <source>{count} × A</source>
            <translation>{count} × A</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Every task needs at least one R and exactly one A.</source>
            <translation>Jede Aufgabe braucht mindestens ein R und genau ein A.</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>keine Rolle</translation>
        </message>
        <message>
            <source>At least one R and exactly one A: fine.</source>
            <translation>Mindestens ein R und genau ein A: in Ordnung.</translation>
        </message>
        <message>
            <source>Rename task</source>
            <translation>Aufgabe umbenennen</translation>
        </message>
        <message>
            <source>Set RACI role</source>
            <translation>RACI-Rolle festlegen</translation>
        </message>
    </context>
    <context>
        <name>RecommendationCard</name>
        <message>
            <source>Severity: {level}</source>
            <translation>Dringlichkeit: {level}</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Optionen:</translation>
        </message>
        <message>
            <source>Rejected by the room (kept in the measures as dropped).</source>
            <translation>Vom Raum abgelehnt (bei den Maßnahmen als verworfen vermerkt).</translation>
        </message>
        <message>
            <source>Accepted as a measure: {what} – {owner}, due {due}.</source>
            <translation>Als Maßnahme angenommen: {what} – {owner}, fällig bis {due}.</translation>
        </message>
        <message>
            <source>Accept …</source>
            <translation>Annehmen …</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Reconsider</source>
            <translation>Neu entscheiden</translation>
        </message>
        <message>
            <source>Accept and create a measure: {message}</source>
            <translation>Annehmen und Maßnahme anlegen: {message}</translation>
        </message>
        <message>
            <source>Reject: {message}</source>
            <translation>Ablehnen: {message}</translation>
        </message>
        <message>
            <source>Reconsider the decision on: {message}</source>
            <translation>Neu entscheiden über: {message}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationList</name>
        <message>
            <source>The analysis has no recommendations.</source>
            <translation>Die Auswertung ergibt keine Empfehlungen.</translation>
        </message>
        <message>
            <source>Accept recommendation</source>
            <translation>Empfehlung annehmen</translation>
        </message>
        <message>
            <source>Reject recommendation</source>
            <translation>Empfehlung ablehnen</translation>
        </message>
        <message>
            <source>Reconsider recommendation</source>
            <translation>Entscheidung über Empfehlung zurücknehmen</translation>
        </message>
    </context>
    <context>
        <name>ResourceChart</name>
        <message>
            <source>Needed for the tasks</source>
            <translation>Bedarf der Aufgaben</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Zugesagt</translation>
        </message>
        <message>
            <source>Proposed (not counted)</source>
            <translation>Vorgeschlagen (nicht gezählt)</translation>
        </message>
        <message>
            <source>Staff and time (FTE)</source>
            <translation>Personal und Zeit (VZÄ)</translation>
        </message>
        <message>
            <source>Budget (thousand € per year)</source>
            <translation>Budget (Tsd. € pro Jahr)</translation>
        </message>
        <message>
            <source>Resources compared with what the tasks need</source>
            <translation>Ressourcen im Vergleich zum Bedarf der Aufgaben</translation>
        </message>
        <message>
            <source>Staff and time: {need} FTE needed, {have} FTE committed, {proposed} FTE proposed.</source>
            <translation>Personal und Zeit: {need} VZÄ benötigt, {have} VZÄ zugesagt, {proposed} VZÄ vorgeschlagen.</translation>
        </message>
        <message>
            <source>Budget per year: {need} needed, {have} committed, {proposed} proposed.</source>
            <translation>Budget pro Jahr: {need} benötigt, {have} zugesagt, {proposed} vorgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Umfang</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Committed by</source>
            <translation>Zugesagt von</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <source>Which money, staff and time does the role get, and who commits them? Only committed or approved resources count in the analysis; proposals are shown but not counted.</source>
            <translation>Welches Geld, welches Personal und wie viel Zeit bekommt die Rolle, und wer sagt es zu? In der Auswertung zählen nur zugesagte oder beschlossene Ressourcen; Vorschläge werden gezeigt, aber nicht gezählt.</translation>
        </message>
        <message>
            <source>&amp;Add resource</source>
            <translation>Ressource &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Remove resource</source>
            <translation>Ressource entfernen</translation>
        </message>
        <message>
            <source>Committed: {fte} FTE and {budget} a year. The role's tasks ask for about {need_fte} FTE and {need_budget} (see the method).</source>
            <translation>Zugesagt: {fte} VZÄ und {budget} im Jahr. Die Aufgaben der Rolle erfordern etwa {need_fte} VZÄ und {need_budget} (siehe Methode).</translation>
        </message>
    </context>
    <context>
        <name>ResourcesStep</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Umfang</translation>
        </message>
        <message>
            <source>Committed by</source>
            <translation>Zugesagt von</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Committed: {fte} FTE and {budget} a year
The tasks need about {need_fte} FTE and {need_budget}</source>
            <translation>Zugesagt: {fte} VZÄ und {budget} im Jahr
Die Aufgaben brauchen etwa {need_fte} VZÄ und {need_budget}</translation>
        </message>
    </context>
    <context>
        <name>ResponsibilitiesPage</name>
        <message>
            <source>Who does what? For every task, mark per stakeholder group who is Responsible, Accountable, Consulted or Informed. Every task needs at least one R and exactly one A.</source>
            <translation>Wer macht was? Legen Sie für jede Aufgabe je Anspruchsgruppe fest, wer durchführungsverantwortlich (R), gesamtverantwortlich (A), mitwirkend/konsultiert (C) oder informiert (I) ist. Jede Aufgabe braucht mindestens ein R und genau ein A.</translation>
        </message>
        <message>
            <source>R = does the work · A = answers for the result (exactly one) · C = is asked beforehand · I = is told afterwards</source>
            <translation>R = macht die Arbeit · A = steht für das Ergebnis ein (genau ein A) · C = wird vorher gefragt · I = wird danach unterrichtet</translation>
        </message>
        <message>
            <source>Keys: R, A, C, I set a role, Space goes to the next role, Delete clears; F2 or a double-click opens the list of roles or renames the task.</source>
            <translation>Tasten: R, A, C, I setzen eine Rolle, die Leertaste schaltet zur nächsten Rolle, Entf löscht; F2 oder ein Doppelklick öffnet die Liste der Rollen oder benennt die Aufgabe um.</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Tastaturhilfe</translation>
        </message>
        <message>
            <source>RACI legend</source>
            <translation>RACI-Legende</translation>
        </message>
        <message>
            <source>RACI matrix: tasks by stakeholder group</source>
            <translation>RACI-Matrix: Aufgaben je Anspruchsgruppe</translation>
        </message>
        <message>
            <source>&amp;Hide task</source>
            <translation>Aufgabe a&amp;usblenden</translation>
        </message>
        <message>
            <source>Hide the selected task</source>
            <translation>Ausgewählte Aufgabe ausblenden</translation>
        </message>
        <message>
            <source>Take the selected task out of this session (Ctrl+Shift+D); undo brings it back</source>
            <translation>Die ausgewählte Aufgabe aus dieser Sitzung nehmen (Strg+Umschalt+D); Rückgängig holt sie zurück</translation>
        </message>
        <message>
            <source>Re&amp;name task</source>
            <translation>Aufgabe umbe&amp;nennen</translation>
        </message>
        <message>
            <source>Rename the selected task</source>
            <translation>Ausgewählte Aufgabe umbenennen</translation>
        </message>
        <message>
            <source>Edit the title of the selected task (F2)</source>
            <translation>Titel der ausgewählten Aufgabe bearbeiten (F2)</translation>
        </message>
        <message>
            <source>From the &amp;catalog:</source>
            <translation>Aus dem &amp;Katalog:</translation>
        </message>
        <message>
            <source>Catalog task to add</source>
            <translation>Hinzuzufügende Katalogaufgabe</translation>
        </message>
        <message>
            <source>Add &amp;task</source>
            <translation>Aufgabe &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add the chosen catalog task</source>
            <translation>Gewählte Katalogaufgabe hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Own task:</source>
            <translation>Ei&amp;gene Aufgabe:</translation>
        </message>
        <message>
            <source>Title of an own task</source>
            <translation>Titel einer eigenen Aufgabe</translation>
        </message>
        <message>
            <source>A task the catalog does not have</source>
            <translation>Eine Aufgabe, die nicht im Katalog steht</translation>
        </message>
        <message>
            <source>Add o&amp;wn task</source>
            <translation>Eigene Aufgabe hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Add the own task</source>
            <translation>Eigene Aufgabe hinzufügen</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>RACI check</source>
            <translation>RACI-Prüfung</translation>
        </message>
        <message>
            <source>{title} ({cluster})</source>
            <translation>{title} ({cluster})</translation>
        </message>
        <message>
            <source>All catalog tasks are in the session</source>
            <translation>Alle Katalogaufgaben sind in der Sitzung</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) with problems</source>
            <translation>
                <numerusform>%n Aufgabe mit Problemen</numerusform>
                <numerusform>%n Aufgaben mit Problemen</numerusform>
            </translation>
        </message>
        <message>
            <source>All tasks have an R and exactly one A.</source>
            <translation>Alle Aufgaben haben ein R und genau ein A.</translation>
        </message>
        <message>
            <source>No tasks yet.</source>
            <translation>Noch keine Aufgaben.</translation>
        </message>
        <message>
            <source>Task added: {title}</source>
            <translation>Aufgabe hinzugefügt: {title}</translation>
        </message>
        <message>
            <source>Type the title of the own task first.</source>
            <translation>Geben Sie zuerst den Titel der eigenen Aufgabe ein.</translation>
        </message>
        <message>
            <source>Own task added: {title}</source>
            <translation>Eigene Aufgabe hinzugefügt: {title}</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>Aufgabe hinzufügen</translation>
        </message>
        <message>
            <source>Select a task first.</source>
            <translation>Wählen Sie zuerst eine Aufgabe aus.</translation>
        </message>
        <message>
            <source>Hide task</source>
            <translation>Aufgabe ausblenden</translation>
        </message>
        <message>
            <source>Task hidden: {title}. Undo brings it back.</source>
            <translation>Aufgabe ausgeblendet: {title}. Rückgängig holt sie zurück.</translation>
        </message>
    </context>
    <context>
        <name>SaveGuard</name>
        <message numerus="yes">
            <source>Not saved (%n change(s))</source>
            <translation>
                <numerusform>Nicht gespeichert (%n Änderung)</numerusform>
                <numerusform>Nicht gespeichert (%n Änderungen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Gespeichert {time}</translation>
        </message>
        <message>
            <source>Every change is saved in {path}</source>
            <translation>Jede Änderung wird in {path} gespeichert</translation>
        </message>
        <message>
            <source>All changes are saved again.</source>
            <translation>Alle Änderungen sind wieder gespeichert.</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>Änderungen nicht gespeichert</translation>
        </message>
        <message>
            <source>The last changes could not be saved: {error}

They are kept and saved as soon as that works again (the app tries every few seconds). Free some disk space, or save all sessions to another file or drive with “Save all sessions as …”.</source>
            <translation>Die letzten Änderungen konnten nicht gespeichert werden: {error}

Sie bleiben erhalten und werden gespeichert, sobald es wieder geht (die App versucht es alle paar Sekunden). Geben Sie Speicherplatz frei oder speichern Sie alle Sitzungen mit „Alle Sitzungen speichern unter …“ in eine andere Datei oder auf ein anderes Laufwerk.</translation>
        </message>
        <message>
            <source>Save all sessions &amp;as …</source>
            <translation>Alle Sitzungen speichern &amp;unter …</translation>
        </message>
        <message>
            <source>Save all sessions as</source>
            <translation>Alle Sitzungen speichern unter</translation>
        </message>
        <message>
            <source>CDO Workshop databases (*.sqlite3)</source>
            <translation>CDO-Workshop-Datenbanken (*.sqlite3)</translation>
        </message>
        <message>
            <source>All sessions are now saved in {path}.</source>
            <translation>Alle Sitzungen werden jetzt in {path} gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) could not be saved: {error}
Save all sessions to another file first, or close and lose them?</source>
            <translation>
                <numerusform>%n Änderung konnte nicht gespeichert werden: {error}
Zuerst alle Sitzungen in eine andere Datei speichern oder schließen und sie verlieren?</numerusform>
                <numerusform>%n Änderungen konnten nicht gespeichert werden: {error}
Zuerst alle Sitzungen in eine andere Datei speichern oder schließen und sie verlieren?</numerusform>
            </translation>
        </message>
        <message>
            <source>Close and &amp;lose them</source>
            <translation>Schließen und &amp;verwerfen</translation>
        </message>
    </context>
    <context>
        <name>ScoreTile</name>
        <message>
            <source>Hide the calculation</source>
            <translation>Rechenweg ausblenden</translation>
        </message>
        <message>
            <source>Show the calculation</source>
            <translation>Rechenweg zeigen</translation>
        </message>
        <message>
            <source>{value} of 100</source>
            <translation>{value} von 100</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>Apply template</source>
            <translation>Vorlage übernehmen</translation>
        </message>
        <message>
            <source>The file {path} cannot be read or written: {detail}</source>
            <translation>Die Datei {path} kann nicht gelesen oder geschrieben werden: {detail}</translation>
        </message>
    </context>
    <context>
        <name>SessionFile</name>
        <message>
            <source>The file is not a text file in UTF-8.</source>
            <translation>Die Datei ist keine Textdatei in UTF-8.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}).</source>
            <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}).</translation>
        </message>
        <message>
            <source>The file is nested too deeply to be a session file.</source>
            <translation>Die Datei ist zu tief verschachtelt, um eine Sitzungsdatei zu sein.</translation>
        </message>
        <message>
            <source>This is not a CDO Workshop session file.</source>
            <translation>Dies ist keine Sitzungsdatei von CDO Workshop.</translation>
        </message>
        <message>
            <source>The file is too large to be a session file (over {limit} MB).</source>
            <translation>Die Datei ist zu groß für eine Sitzungsdatei (über {limit} MB).</translation>
        </message>
        <message>
            <source>The file was written by a newer version of CDO Workshop (format {version}). Please update the app.</source>
            <translation>Die Datei stammt aus einer neueren Version von CDO Workshop (Format {version}). Bitte aktualisieren Sie die App.</translation>
        </message>
        <message>
            <source>The session file is not valid.</source>
            <translation>Die Sitzungsdatei ist ungültig.</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Workshop-Datum</translation>
        </message>
        <message>
            <source>Step reached</source>
            <translation>Erreichter Schritt</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>damaged: cannot be opened</source>
            <translation>beschädigt: lässt sich nicht öffnen</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>{number}/9 · {title}</source>
            <translation>{number}/9 · {title}</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Time in this step</source>
            <translation>Zeit in diesem Schritt</translation>
        </message>
        <message>
            <source>Workshop steps</source>
            <translation>Workshop-Schritte</translation>
        </message>
        <message>
            <source>Time {spent} of {box} min – over time · total {total}</source>
            <translation>Zeit {spent} von {box} Min. – überzogen · gesamt {total}</translation>
        </message>
        <message>
            <source>Time {spent} of {box} min · total {total}</source>
            <translation>Zeit {spent} von {box} Min. · gesamt {total}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>{mark}{number}. {title}
{minutes} min · {state}</source>
            <translation>{mark}{number}. {title}
{minutes} Min. · {state}</translation>
        </message>
        <message>
            <source>Back to overview</source>
            <translation>Zur Übersicht</translation>
        </message>
        <message>
            <source>Step done</source>
            <translation>Schritt erledigt</translation>
        </message>
        <message>
            <source>Close the session; it is saved (Ctrl+W)</source>
            <translation>Sitzung schließen; sie ist gespeichert (Strg+W)</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Previous step (Ctrl+PgUp)</source>
            <translation>Vorheriger Schritt (Strg+Bild auf)</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Vorheriger Schritt</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Weiter →</translation>
        </message>
        <message>
            <source>Next step (Ctrl+PgDown)</source>
            <translation>Nächster Schritt (Strg+Bild ab)</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Step &amp;done</source>
            <translation>Schritt &amp;erledigt</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign on screen</source>
            <translation>Auf dem Bildschirm unterschreiben</translation>
        </message>
        <message>
            <source>{name}, {function}</source>
            <translation>{name}, {function}</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>Hier unterschreiben</translation>
        </message>
        <message>
            <source>Signature on screen: simple electronic signature</source>
            <translation>Unterschrift auf dem Bildschirm: einfache elektronische Signatur</translation>
        </message>
        <message>
            <source>Draw with the mouse, touchpad or pen. To sign again, clear the field and draw once more.</source>
            <translation>Mit Maus, Touchpad oder Stift zeichnen. Um neu zu unterschreiben, das Feld leeren und noch einmal zeichnen.</translation>
        </message>
        <message>
            <source>Cannot draw? Cancel and sign the printed agreement by hand: the signature line for this person is on the paper.</source>
            <translation>Zeichnen nicht möglich? Brechen Sie ab und unterschreiben Sie die ausgedruckte Vereinbarung von Hand: Die Unterschriftszeile für diese Person steht auf dem Papier.</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Leeren</translation>
        </message>
        <message>
            <source>Clear the signature</source>
            <translation>Unterschrift löschen</translation>
        </message>
        <message>
            <source>Accept the signature</source>
            <translation>Unterschrift übernehmen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesEditor</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Unterschrieben</translation>
        </message>
        <message>
            <source>Remove signatory</source>
            <translation>Person entfernen</translation>
        </message>
        <message>
            <source>Make final</source>
            <translation>Endfassung herstellen</translation>
        </message>
        <message>
            <source>Reopen the agreement</source>
            <translation>Vereinbarung wieder öffnen</translation>
        </message>
        <message>
            <source>Draft – not for signature. Make it final when the room agrees; signing on screen does so too.</source>
            <translation>Entwurf – nicht zur Unterzeichnung. Zur Endfassung machen, wenn der Raum zustimmt; eine Unterschrift auf dem Bildschirm tut das ebenfalls.</translation>
        </message>
        <message>
            <source>Final version for signature: the content is frozen. Changing it reopens the agreement and voids the signatures.</source>
            <translation>Endfassung zur Unterzeichnung: Der Inhalt ist festgeschrieben. Eine Änderung öffnet die Vereinbarung wieder und macht die Unterschriften ungültig.</translation>
        </message>
        <message>
            <source>Signed by everyone: changing it voids the signatures.</source>
            <translation>Von allen unterzeichnet: Eine Änderung macht die Unterschriften ungültig.</translation>
        </message>
        <message>
            <source>Make &amp;final</source>
            <translation>Zur End&amp;fassung machen</translation>
        </message>
        <message>
            <source>&amp;Reopen as draft</source>
            <translation>Als Entwurf wieder ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Add signatories from the participants</source>
            <translation>Unterzeichnende aus den Teilnehmenden übernehmen</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>Sign on screen</source>
            <translation>Auf dem Bildschirm unterschreiben</translation>
        </message>
        <message>
            <source>Remove on-screen signature</source>
            <translation>Bildschirm-Unterschrift entfernen</translation>
        </message>
        <message>
            <source>Adds the mayor, the CDO and the council members among the participants</source>
            <translation>Übernimmt Bürgermeister/in, CDO und die Ratsmitglieder unter den Teilnehmenden</translation>
        </message>
        <message>
            <source>Add signator&amp;y</source>
            <translation>Pers&amp;on hinzufügen</translation>
        </message>
        <message>
            <source>Add signatories from the partic&amp;ipants</source>
            <translation>Aus &amp;Teilnehmenden übernehmen</translation>
        </message>
        <message>
            <source>Sign &amp;on screen …</source>
            <translation>A&amp;m Bildschirm unterschreiben …</translation>
        </message>
        <message>
            <source>The selected signatory (or the next one who has not signed) signs in a field on the screen: a simple electronic signature. Unsigned boxes stay lines for signing in ink.</source>
            <translation>Die ausgewählte Person (oder die nächste, die noch nicht unterschrieben hat) unterschreibt in einem Feld auf dem Bildschirm: eine einfache elektronische Signatur. Nicht unterschriebene Felder bleiben Linien für die Unterschrift mit Tinte.</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Unterzeichnende</translation>
        </message>
        <message>
            <source>Add signatory</source>
            <translation>Unterzeichnende Person hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesModel</name>
        <message>
            <source>void: the content changed since</source>
            <translation>ungültig: Inhalt seither geändert</translation>
        </message>
        <message>
            <source>yes, {date}</source>
            <translation>ja, {date}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature field for {name}</source>
            <translation>Unterschriftenfeld für {name}</translation>
        </message>
        <message>
            <source>Empty.</source>
            <translation>Noch leer.</translation>
        </message>
        <message>
            <source>Signed.</source>
            <translation>Unterschrieben.</translation>
        </message>
        <message>
            <source>Draw the signature with the mouse, touchpad or pen. Delete clears the field, Backspace removes the last stroke.</source>
            <translation>Die Unterschrift mit Maus, Touchpad oder Stift zeichnen. Entf leert das Feld, die Rücktaste entfernt den letzten Strich.</translation>
        </message>
    </context>
    <context>
        <name>SpreadChart</name>
        <message>
            <source>Range of the votes</source>
            <translation>Spanne der Stimmen</translation>
        </message>
        <message>
            <source>Delegation level: 1 = tell … 7 = delegate</source>
            <translation>Delegationsstufe: 1 = Anweisen … 7 = Delegieren</translation>
        </message>
        <message>
            <source>Agreed level</source>
            <translation>Vereinbarte Stufe</translation>
        </message>
        <message>
            <source>{area}: votes from level {low} to {high}, agreed level {agreed}.</source>
            <translation>{area}: Stimmen von Stufe {low} bis {high}, vereinbarte Stufe {agreed}.</translation>
        </message>
        <message>
            <source>{area}: votes from level {low} to {high}, no level agreed yet.</source>
            <translation>{area}: Stimmen von Stufe {low} bis {high}, noch keine Stufe vereinbart.</translation>
        </message>
        <message>
            <source>Spread of the votes per decision area</source>
            <translation>Streuung der Stimmen je Entscheidungsbereich</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>No session matches “{text}”. Change the filter or clear it to see all sessions.</source>
            <translation>Keine Sitzung passt zu „{text}“. Ändern oder leeren Sie den Filter, um alle Sitzungen zu sehen.</translation>
        </message>
        <message>
            <source>Workshop sessions</source>
            <translation>Workshop-Sitzungen</translation>
        </message>
        <message>
            <source>Filter by title, municipality, date …</source>
            <translation>Nach Titel, Kommune, Datum filtern …</translation>
        </message>
        <message>
            <source>Filter sessions</source>
            <translation>Sitzungen filtern</translation>
        </message>
        <message>
            <source>Filter the sessions ({keys})</source>
            <translation>Sitzungen filtern ({keys})</translation>
        </message>
        <message>
            <source>Saved sessions</source>
            <translation>Gespeicherte Sitzungen</translation>
        </message>
        <message>
            <source>No sessions yet. Start a workshop with “New session” (Ctrl+N), import a session file, or load the sample “Musterstadt” to look around.</source>
            <translation>Noch keine Sitzungen. Beginnen Sie einen Workshop mit „Neue Sitzung“ (Strg+N), importieren Sie eine Sitzungsdatei oder laden Sie das Beispiel „Musterstadt“, um sich umzusehen.</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Step {number} of {count}: {title}</source>
            <translation>Schritt {number} von {count}: {title}</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Framework &amp; participants</source>
            <translation>Rahmen &amp; Teilnehmende</translation>
        </message>
        <message>
            <source>Digitalisation goals</source>
            <translation>Digitalisierungsziele</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Erwartungen</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Einordnung</translation>
        </message>
        <message>
            <source>Decision powers</source>
            <translation>Entscheidungskompetenzen</translation>
        </message>
        <message>
            <source>Tasks &amp; responsibilities</source>
            <translation>Aufgaben &amp; Verantwortung</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Abhängigkeiten</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcen</translation>
        </message>
        <message>
            <source>Reconciliation &amp; agreement</source>
            <translation>Abgleich &amp; Vereinbarung</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The file {path} is not a CDO Workshop database or is damaged. It was left unchanged.</source>
            <translation>Die Datei {path} ist keine Datenbank von CDO Workshop oder ist beschädigt. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({detail}). It was left unchanged; restore a backup or choose another file.</source>
            <translation>Die Datenbank {path} ist beschädigt ({detail}). Sie wurde nicht verändert; spielen Sie eine Sicherung zurück oder wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of CDO Workshop (schema {found}, this version knows up to {known}). Please update the app; the file was left unchanged.</source>
            <translation>Die Datenbank {path} stammt aus einer neueren Version von CDO Workshop (Schema {found}, diese Version kennt bis {known}). Bitte aktualisieren Sie die App; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The file {path} is an SQLite database of another program. It was left unchanged.</source>
            <translation>Die Datei {path} ist eine SQLite-Datenbank eines anderen Programms. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened: {detail}</source>
            <translation>Die Datenbank {path} kann nicht geöffnet werden: {detail}</translation>
        </message>
        <message>
            <source>The saved session {id} cannot be read ({detail}).</source>
            <translation>Die gespeicherte Sitzung {id} kann nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>The list of sessions cannot be read ({detail}).</source>
            <translation>Die Liste der Sitzungen kann nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>The saved templates cannot be read ({detail}).</source>
            <translation>Die gespeicherten Vorlagen können nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>The database file was changed by another program while it was open. Please repeat the last action.</source>
            <translation>Die Datenbankdatei wurde von einem anderen Programm verändert, während sie geöffnet war. Bitte wiederholen Sie die letzte Aktion.</translation>
        </message>
        <message>
            <source>There is no session with the id {id}.</source>
            <translation>Es gibt keine Sitzung mit der ID {id}.</translation>
        </message>
        <message>
            <source>the database is busy: another program is writing to it</source>
            <translation>die Datenbank ist belegt: ein anderes Programm schreibt gerade hinein</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>die Datei ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the drive reported a read or write error</source>
            <translation>das Laufwerk meldet einen Lese- oder Schreibfehler</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the file cannot be opened</source>
            <translation>die Datei lässt sich nicht öffnen</translation>
        </message>
        <message>
            <source>Saving failed: {detail}. The last saved state is unchanged.</source>
            <translation>Speichern fehlgeschlagen: {detail}. Der zuletzt gespeicherte Stand ist unverändert.</translation>
        </message>
        <message>
            <source>{path} exists already. Choose a new file name for the copy of the sessions; existing files are not overwritten.</source>
            <translation>{path} gibt es schon. Wählen Sie einen neuen Dateinamen für die Kopie der Sitzungen; vorhandene Dateien werden nicht überschrieben.</translation>
        </message>
        <message>
            <source>The sessions could not be copied to {path}: {detail}</source>
            <translation>Die Sitzungen konnten nicht nach {path} kopiert werden: {detail}</translation>
        </message>
        <message>
            <source>{path} is the database in which CDO Workshop keeps the sessions. Choose another file; the database was left untouched.</source>
            <translation>{path} ist die Datenbank, in der CDO Workshop die Sitzungen speichert. Wählen Sie eine andere Datei; die Datenbank blieb unverändert.</translation>
        </message>
        <message>
            <source>The database was closed.</source>
            <translation>Die Datenbank wurde geschlossen.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>New session from a template</source>
            <translation>Neue Sitzung aus einer Vorlage</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>The template preselects tasks, decision areas and proposed resources. Everything can be changed in the session.</source>
            <translation>Die Vorlage wählt Aufgaben, Entscheidungsbereiche und vorgeschlagene Ressourcen vor. In der Sitzung lässt sich alles ändern.</translation>
        </message>
    </context>
    <context>
        <name>TimeShareDelegate</name>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Share of the working time in percent</source>
            <translation>Anteil an der Arbeitszeit in Prozent</translation>
        </message>
        <message>
            <source>its own Arbeitsvorgang</source>
            <translation>eigener Arbeitsvorgang</translation>
        </message>
    </context>
    <context>
        <name>TimeShareModel</name>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Share of the working time</source>
            <translation>Anteil an der Arbeitszeit</translation>
        </message>
        <message>
            <source>Arbeitsvorgang</source>
            <translation>Arbeitsvorgang</translation>
        </message>
        <message>
            <source>Arbeitsvorgang: {name}</source>
            <translation>Arbeitsvorgang: {name}</translation>
        </message>
        <message>
            <source>An Arbeitsvorgang of its own; type a name to group tasks that lead to one work result</source>
            <translation>Ein eigener Arbeitsvorgang; geben Sie einen Namen ein, um Aufgaben zusammenzufassen, die zu einem Arbeitsergebnis führen</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>{share} %</source>
            <translation>{share} %</translation>
        </message>
    </context>
    <context>
        <name>TimeShareTable</name>
        <message>
            <source>Time shares and Arbeitsvorgänge of the ro&amp;le</source>
            <translation>Zeitan&amp;teile und Arbeitsvorgänge der Rolle</translation>
        </message>
        <message>
            <source>For each task the role is R or A for: its share of the role's working time in percent (together 100 %), and the Arbeitsvorgang it belongs to – tasks that lead to one work result get the same name. HR needs both for the job description.</source>
            <translation>Für jede Aufgabe, bei der die Rolle R oder A ist: ihr Anteil an der Arbeitszeit der Rolle in Prozent (zusammen 100 %) und der Arbeitsvorgang, zu dem sie gehört – Aufgaben, die zu einem Arbeitsergebnis führen, bekommen denselben Namen. Die Personalstelle braucht beides für die Stellenbeschreibung.</translation>
        </message>
        <message>
            <source>Time shares of the role's tasks</source>
            <translation>Zeitanteile der Aufgaben der Rolle</translation>
        </message>
        <message>
            <source>Total of the time shares</source>
            <translation>Summe der Zeitanteile</translation>
        </message>
        <message>
            <source>Arbeitsvorgänge with their shares</source>
            <translation>Arbeitsvorgänge mit ihren Anteilen</translation>
        </message>
        <message>
            <source>Time share check</source>
            <translation>Prüfung der Zeitanteile</translation>
        </message>
        <message>
            <source>Total: {total} % of the role's {fte} FTE</source>
            <translation>Summe: {total} % der {fte} VZÄ der Rolle</translation>
        </message>
        <message>
            <source>Total: {total} % of the role's working time</source>
            <translation>Summe: {total} % der Arbeitszeit der Rolle</translation>
        </message>
        <message>
            <source>{name} {share} %</source>
            <translation>{name} {share} %</translation>
        </message>
        <message>
            <source>Arbeitsvorgänge: {list}</source>
            <translation>Arbeitsvorgänge: {list}</translation>
        </message>
    </context>
    <context>
        <name>Upgrade</name>
        <message>
            <source>“{area}” was split by law: “{other}” was added without votes; please vote and agree on it.</source>
            <translation>„{area}“ wurde rechtlich aufgeteilt: „{other}“ kam ohne Stimmen hinzu; bitte abstimmen und vereinbaren.</translation>
        </message>
        <message>
            <source>“{area}” is now a council matter; its votes and agreed level apply to “{other}” (please check).</source>
            <translation>„{area}“ ist jetzt Sache der Vertretung; die Stimmen und die vereinbarte Stufe gelten für „{other}“ (bitte prüfen).</translation>
        </message>
        <message>
            <source>“{area}”: the agreed level {level} lies above the lawful ceiling (level {ceiling}) and was taken back; the votes are kept. Please agree again.</source>
            <translation>„{area}“: Die vereinbarte Stufe {level} liegt über der rechtlich zulässigen (Stufe {ceiling}) und wurde zurückgenommen; die Stimmen bleiben. Bitte neu vereinbaren.</translation>
        </message>
        <message>
            <source>“{other}” is taken to be of the kind “{kind}” (from its name); please check in step 7.</source>
            <translation>„{other}“ wird nach seinem Namen als „{kind}“ eingeordnet; bitte in Schritt 7 prüfen.</translation>
        </message>
        <message>
            <source>“{area}” was added: the method now includes the governance of the enterprise the role works in. Please vote and agree on it.</source>
            <translation>„{area}“ wurde ergänzt: Die Methode umfasst jetzt die Steuerung des Unternehmens, in dem die Rolle arbeitet. Bitte abstimmen und vereinbaren.</translation>
        </message>
        <message>
            <source>“{other}”: a strong dependency without an agreement. Please say in step 7 whether the role's core tasks need this unit; if they do, it alone leaves only coordination.</source>
            <translation>„{other}“: eine starke Abhängigkeit ohne Vereinbarung. Bitte in Schritt 7 angeben, ob die Kernaufgaben der Rolle diese Stelle brauchen; wenn ja, lässt sie allein nur Koordination.</translation>
        </message>
        <message>
            <source>“{area}” is no longer a decision area (the grade follows from the tasks and is now checked against them); it had been agreed at level {level}.</source>
            <translation>„{area}“ ist kein Entscheidungsbereich mehr (die Eingruppierung folgt aus den Aufgaben und wird jetzt daran geprüft); vereinbart war Stufe {level}.</translation>
        </message>
        <message>
            <source>“{area}” is no longer a decision area (the grade follows from the tasks and is now checked against them).</source>
            <translation>„{area}“ ist kein Entscheidungsbereich mehr (die Eingruppierung folgt aus den Aufgaben und wird jetzt daran geprüft).</translation>
        </message>
    </context>
    <context>
        <name>UpgradeBanner</name>
        <message>
            <source>&amp;Read, hide</source>
            <translation>&amp;Gelesen, ausblenden</translation>
        </message>
        <message>
            <source>Hide the upgrade notes</source>
            <translation>Hinweise zur Anpassung ausblenden</translation>
        </message>
        <message>
            <source>This session was made with an earlier version of the method and has been adapted to the law of the Land. Please check:</source>
            <translation>Diese Sitzung stammt aus einer früheren Fassung der Methode und wurde an das Recht des Landes angepasst. Bitte prüfen:</translation>
        </message>
        <message>
            <source>Hide upgrade notes</source>
            <translation>Hinweise zur Anpassung ausblenden</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>expected an object</source>
            <translation>erwartet wird ein Objekt</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>erwartet wird eine Liste</translation>
        </message>
        <message>
            <source>expected a list of two numbers</source>
            <translation>erwartet wird eine Liste aus zwei Zahlen</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>erwartet wird true oder false</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>erwartet wird eine ganze Zahl</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>erwartet wird eine Zahl</translation>
        </message>
        <message>
            <source>expected a text</source>
            <translation>erwartet wird ein Text</translation>
        </message>
        <message>
            <source>expected a date and time (ISO 8601)</source>
            <translation>erwartet wird Datum und Uhrzeit (ISO 8601)</translation>
        </message>
        <message>
            <source>expected a date (YYYY-MM-DD)</source>
            <translation>erwartet wird ein Datum (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>expected one of: {choices}</source>
            <translation>erlaubt ist einer dieser Werte: {choices}</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>unbekanntes Feld</translation>
        </message>
        <message>
            <source>the required field {name} is missing</source>
            <translation>das Pflichtfeld {name} fehlt</translation>
        </message>
        <message>
            <source>unknown field {name}</source>
            <translation>unbekanntes Feld {name}</translation>
        </message>
        <message>
            <source>has the wrong type of value</source>
            <translation>hat einen Wert vom falschen Typ</translation>
        </message>
        <message>
            <source>must be between {lo} and {hi}</source>
            <translation>muss zwischen {lo} und {hi} liegen</translation>
        </message>
        <message>
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>ist zu lang ({length} Zeichen, höchstens {limit})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>is not valid</source>
            <translation>ist ungültig</translation>
        </message>
        <message>
            <source>is not a German Land code</source>
            <translation>ist kein Kürzel eines deutschen Bundeslandes</translation>
        </message>
        <message>
            <source>is used more than once</source>
            <translation>wird mehrfach verwendet</translation>
        </message>
        <message>
            <source>a participant needs a name</source>
            <translation>Teilnehmende brauchen einen Namen</translation>
        </message>
        <message>
            <source>this stakeholder group already has an expectation</source>
            <translation>für diese Anspruchsgruppe gibt es schon eine Erwartung</translation>
        </message>
        <message>
            <source>vote of a participant who is not in the session</source>
            <translation>Stimme einer Person, die nicht zur Sitzung gehört</translation>
        </message>
        <message>
            <source>exceeds the legal ceiling of level {level} for this area</source>
            <translation>überschreitet die gesetzliche Obergrenze (Stufe {level}) für diesen Bereich</translation>
        </message>
        <message>
            <source>is not a known stakeholder group</source>
            <translation>ist keine bekannte Anspruchsgruppe</translation>
        </message>
        <message>
            <source>the review date must lie after the workshop date</source>
            <translation>der Überprüfungstermin muss nach dem Workshop liegen</translation>
        </message>
        <message>
            <source>signature points must lie inside the pad</source>
            <translation>Unterschriftspunkte müssen im Unterschriftenfeld liegen</translation>
        </message>
        <message>
            <source>is not a workshop step</source>
            <translation>ist kein Workshop-Schritt</translation>
        </message>
        <message>
            <source>does not name who keeps this decision by law</source>
            <translation>nennt nicht, wer diese Entscheidung von Rechts wegen behält</translation>
        </message>
        <message>
            <source>belongs to the governance of an enterprise, which this placement does not have</source>
            <translation>gehört zur Steuerung eines Unternehmens, das es bei dieser Einordnung nicht gibt</translation>
        </message>
        <message>
            <source>is not in the catalog</source>
            <translation>ist nicht im Katalog</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>Sealed by: {name}</source>
            <translation>Versiegelt von: {name}</translation>
        </message>
        <message>
            <source>Sealed at: {time} (as the sealing computer's clock said)</source>
            <translation>Versiegelt am: {time} (laut Uhr des versiegelnden Rechners)</translation>
        </message>
        <message>
            <source>Seal certificate SHA-256: {sha256}</source>
            <translation>Siegelzertifikat SHA-256: {sha256}</translation>
        </message>
        <message>
            <source>The seal was made with this computer's local seal certificate.</source>
            <translation>Das Siegel wurde mit dem lokalen Siegelzertifikat dieses Rechners angebracht.</translation>
        </message>
        <message>
            <source>Empty signature fields for qualified signatures: {count}</source>
            <translation>Leere Signaturfelder für qualifizierte Signaturen: {count}</translation>
        </message>
        <message>
            <source>The seal is not a qualified electronic signature and does not replace the signatories' signatures.</source>
            <translation>Das Siegel ist keine qualifizierte elektronische Signatur und ersetzt nicht die Unterschriften der Unterzeichnenden.</translation>
        </message>
        <message>
            <source>INVALID: the seal does not match the document; the file was damaged or altered.</source>
            <translation>UNGÜLTIG: Das Siegel passt nicht zum Dokument; die Datei wurde beschädigt oder verändert.</translation>
        </message>
        <message>
            <source>CHANGED: the document was modified after it was sealed.</source>
            <translation>VERÄNDERT: Das Dokument wurde nach der Versiegelung geändert.</translation>
        </message>
        <message>
            <source>RESEALED: the seal's certificate carries the name “{name}” of a certificate in this computer's certificate store, but it is a different certificate: someone else sealed this file under that name. Do not rely on it.</source>
            <translation>NEU VERSIEGELT: Das Zertifikat des Siegels trägt den Namen „{name}“ eines Zertifikats im Zertifikatsspeicher dieses Computers, ist aber ein anderes: Jemand anderes hat die Datei unter diesem Namen versiegelt. Verlassen Sie sich nicht darauf.</translation>
        </message>
        <message>
            <source>UNSEALED: this CDO Workshop agreement carries no seal (or its seal was removed); nothing shows whether its content was changed.</source>
            <translation>UNVERSIEGELT: Diese CDO-Workshop-Vereinbarung trägt kein Siegel (oder es wurde entfernt); nichts zeigt, ob ihr Inhalt verändert wurde.</translation>
        </message>
        <message>
            <source>Seal valid: since sealing, only further signatures were added ({count}).</source>
            <translation>Siegel gültig: Seit der Versiegelung wurden nur weitere Signaturen hinzugefügt ({count}).</translation>
        </message>
        <message>
            <source>Seal valid: the document has not been changed since it was sealed.</source>
            <translation>Siegel gültig: Das Dokument wurde seit der Versiegelung nicht verändert.</translation>
        </message>
        <message>
            <source>What changed: {reason}.</source>
            <translation>Was sich geändert hat: {reason}.</translation>
        </message>
        <message>
            <source>Why: {reason}.</source>
            <translation>Grund: {reason}.</translation>
        </message>
        <message>
            <source>The seal was made with a certificate of this computer's certificate store.</source>
            <translation>Das Siegel wurde mit einem Zertifikat aus dem Zertifikatsspeicher dieses Computers erstellt.</translation>
        </message>
        <message>
            <source>ATTENTION: the seal's certificate is not from this computer's certificate store. Compare its SHA-256 (below) with the one the facilitator gives you before you rely on who sealed it.</source>
            <translation>ACHTUNG: Das Zertifikat des Siegels stammt nicht aus dem Zertifikatsspeicher dieses Computers. Vergleichen Sie seinen SHA-256 (unten) mit dem, den Ihnen die Moderation nennt, bevor Sie sich darauf verlassen, wer versiegelt hat.</translation>
        </message>
        <message>
            <source>The certificate chains to a trusted root: it identifies the sealer.</source>
            <translation>Das Zertifikat führt auf eine vertrauenswürdige Stammzertifizierungsstelle zurück: Es weist aus, wer versiegelt hat.</translation>
        </message>
        <message>
            <source>The certificate is self-signed, not issued by a trust service: the seal proves that the document is unchanged, not who the sealer is. This is expected for a CDO Workshop local certificate.</source>
            <translation>Das Zertifikat ist selbst ausgestellt, nicht von einem Vertrauensdienst: Das Siegel belegt, dass das Dokument unverändert ist, nicht aber, wer versiegelt hat. Bei einem lokalen Zertifikat von CDO Workshop ist das so vorgesehen.</translation>
        </message>
        <message>
            <source>The certificate's issuer is not among the trusted certificates checked here: the seal proves that the document is unchanged, not who the sealer is.</source>
            <translation>Der Aussteller des Zertifikats gehört nicht zu den hier geprüften vertrauenswürdigen Zertifikaten: Das Siegel belegt, dass das Dokument unverändert ist, nicht aber, wer versiegelt hat.</translation>
        </message>
        <message>
            <source>Later signature {number}: {name}, certificate SHA-256 {sha256}; intact.</source>
            <translation>Spätere Signatur {number}: {name}, Zertifikat SHA-256 {sha256}; unversehrt.</translation>
        </message>
        <message>
            <source>Later signature {number}: {name}, certificate SHA-256 {sha256}; NOT intact.</source>
            <translation>Spätere Signatur {number}: {name}, Zertifikat SHA-256 {sha256}; NICHT unversehrt.</translation>
        </message>
        <message>
            <source>The PDF carries no session data to compare.</source>
            <translation>Das PDF enthält keine Sitzungsdaten zum Abgleich.</translation>
        </message>
        <message>
            <source>Content fingerprint (SHA-256): {fingerprint}</source>
            <translation>Inhalts-Fingerabdruck (SHA-256): {fingerprint}</translation>
        </message>
        <message>
            <source>Matches the saved session “{title}” ({id}).</source>
            <translation>Stimmt mit der gespeicherten Sitzung „{title}“ ({id}) überein.</translation>
        </message>
        <message>
            <source>No saved session on this computer has exactly this content.</source>
            <translation>Keine auf diesem Rechner gespeicherte Sitzung hat genau diesen Inhalt.</translation>
        </message>
        <message>
            <source>The file is not a PDF.</source>
            <translation>Die Datei ist kein PDF.</translation>
        </message>
        <message>
            <source>the file is damaged or incomplete</source>
            <translation>die Datei ist beschädigt oder unvollständig</translation>
        </message>
        <message>
            <source>The PDF cannot be read; the file is damaged.</source>
            <translation>Das PDF kann nicht gelesen werden; die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>The PDF carries no seal or signature that could be checked.</source>
            <translation>Das PDF trägt kein Siegel und keine Signatur, die sich prüfen ließe.</translation>
        </message>
        <message>
            <source>the seal's signature data was altered</source>
            <translation>die Signaturdaten des Siegels wurden verändert</translation>
        </message>
        <message>
            <source>the seal's certificate cannot be read</source>
            <translation>das Zertifikat des Siegels ist nicht lesbar</translation>
        </message>
        <message>
            <source>the sealed bytes do not match the seal's signature</source>
            <translation>die versiegelten Bytes passen nicht zur Signatur des Siegels</translation>
        </message>
        <message>
            <source>a later signature is damaged and cannot be read</source>
            <translation>eine spätere Signatur ist beschädigt und nicht lesbar</translation>
        </message>
        <message>
            <source>the later signature by {name} is not intact</source>
            <translation>die spätere Signatur von {name} ist nicht unversehrt</translation>
        </message>
        <message>
            <source>data was appended after the seal that no later signature covers</source>
            <translation>nach dem Siegel wurden Daten angehängt, die keine spätere Signatur abdeckt</translation>
        </message>
        <message>
            <source>the file was changed after sealing in more ways than by signatures</source>
            <translation>die Datei wurde nach dem Versiegeln nicht nur durch Signaturen verändert</translation>
        </message>
        <message>
            <source>The session data attached to the PDF is not a valid session file.</source>
            <translation>Die an das PDF angehängten Sitzungsdaten sind keine gültige Sitzungsdatei.</translation>
        </message>
        <message>
            <source>the file was extended after sealing in a way that cannot be checked</source>
            <translation>die Datei wurde nach dem Versiegeln auf eine nicht prüfbare Weise erweitert</translation>
        </message>
        <message>
            <source>the part of the file added after sealing is damaged</source>
            <translation>der nach dem Versiegeln hinzugefügte Teil der Datei ist beschädigt</translation>
        </message>
        <message>
            <source>the number of pages changed from {before} to {after}</source>
            <translation>die Seitenzahl hat sich von {before} auf {after} geändert</translation>
        </message>
        <message>
            <source>the attached session was replaced</source>
            <translation>die angehängte Sitzung wurde ersetzt</translation>
        </message>
        <message>
            <source>an action on opening was added</source>
            <translation>eine Aktion beim Öffnen wurde hinzugefügt</translation>
        </message>
        <message>
            <source>JavaScript was added to the document</source>
            <translation>dem Dokument wurde JavaScript hinzugefügt</translation>
        </message>
        <message>
            <source>the document catalog changed ({key})</source>
            <translation>der Dokumentkatalog hat sich geändert ({key})</translation>
        </message>
        <message>
            <source>the document's metadata changed</source>
            <translation>die Metadaten des Dokuments haben sich geändert</translation>
        </message>
        <message>
            <source>the document information (title, author) changed</source>
            <translation>die Dokumentinformationen (Titel, Autor) haben sich geändert</translation>
        </message>
        <message>
            <source>a form field was removed</source>
            <translation>ein Formularfeld wurde entfernt</translation>
        </message>
        <message>
            <source>the form field “{name}” was changed</source>
            <translation>das Formularfeld „{name}“ wurde verändert</translation>
        </message>
        <message>
            <source>a form field was added</source>
            <translation>ein Formularfeld wurde hinzugefügt</translation>
        </message>
        <message>
            <source>the form's settings changed</source>
            <translation>die Einstellungen des Formulars haben sich geändert</translation>
        </message>
        <message>
            <source>the content of page {page} changed</source>
            <translation>der Inhalt von Seite {page} hat sich geändert</translation>
        </message>
        <message>
            <source>the resources of page {page} changed</source>
            <translation>die Ressourcen von Seite {page} haben sich geändert</translation>
        </message>
        <message>
            <source>the size, crop or rotation of page {page} changed</source>
            <translation>Größe, Beschnitt oder Drehung von Seite {page} haben sich geändert</translation>
        </message>
        <message>
            <source>the settings of page {page} changed</source>
            <translation>die Einstellungen von Seite {page} haben sich geändert</translation>
        </message>
        <message>
            <source>an annotation on page {page} was changed</source>
            <translation>eine Anmerkung auf Seite {page} wurde verändert</translation>
        </message>
        <message>
            <source>a later signature draws on page {page}</source>
            <translation>eine spätere Signatur zeichnet auf Seite {page}</translation>
        </message>
        <message>
            <source>an annotation was added on page {page}</source>
            <translation>auf Seite {page} wurde eine Anmerkung hinzugefügt</translation>
        </message>
        <message>
            <source>an annotation was removed from page {page}</source>
            <translation>von Seite {page} wurde eine Anmerkung entfernt</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify agreement</source>
            <translation>Vereinbarung prüfen</translation>
        </message>
        <message>
            <source>Checks the integrity seal of an agreement PDF: who sealed it and when, whether it was changed after sealing, and whether it matches a session saved on this computer.</source>
            <translation>Prüft das Integritätssiegel einer Vereinbarung (PDF): wer sie wann versiegelt hat, ob sie danach verändert wurde und ob sie zu einer auf diesem Computer gespeicherten Sitzung passt.</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Noch keine Datei gewählt.</translation>
        </message>
        <message>
            <source>&amp;Choose PDF …</source>
            <translation>PDF &amp;wählen …</translation>
        </message>
        <message>
            <source>Choose the PDF to verify</source>
            <translation>Das zu prüfende PDF wählen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Prüfung läuft</translation>
        </message>
        <message>
            <source>Choose the agreement to verify</source>
            <translation>Die zu prüfende Vereinbarung wählen</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {detail}</source>
            <translation>Die Datei {path} kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Unerwarteter Fehler: {error}</translation>
        </message>
    </context>
    <context>
        <name>VotesModel</name>
        <message>
            <source>Decision area</source>
            <translation>Entscheidungsbereich</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>no vote</source>
            <translation>keine Stimme</translation>
        </message>
        <message>
            <source>vote cast</source>
            <translation>Stimme abgegeben</translation>
        </message>
        <message>
            <source>{level} (max. {ceiling})</source>
            <translation>{level} (max. {ceiling})</translation>
        </message>
        <message>
            <source>No vote yet.</source>
            <translation>Noch keine Stimme.</translation>
        </message>
        <message>
            <source>Vote cast; hidden until the votes are revealed.</source>
            <translation>Stimme abgegeben; verdeckt, bis die Stimmen aufgedeckt werden.</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <source>Vote from your phone</source>
            <translation>Mit dem Smartphone abstimmen</translation>
        </message>
        <message>
            <source>{voted} of {voters} have voted</source>
            <translation>{voted} von {voters} haben abgestimmt</translation>
        </message>
        <message>
            <source>No network? Join the Wi-Fi “{name}” with this code first.</source>
            <translation>Kein Netz? Erst mit diesem Code ins WLAN „{name}“.</translation>
        </message>
    </context>
    <context>
        <name>_AreaModel</name>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>(former participant)</source>
            <translation>(nicht mehr teilnehmend)</translation>
        </message>
        <message>
            <source>§ decided by {owner}</source>
            <translation>§ entscheidet: {owner}</translation>
        </message>
    </context>
</TS>