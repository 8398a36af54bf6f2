"""What the phone page and the server's refusals say, in German and English.

The page is shown in the session's language (the window's or the CLI's), not the phone's:
the room reads one language. Kept here rather than in Qt's .ts files because the room
package loads no Qt (the CLI serves the same page).
"""

from __future__ import annotations

from typing import Any

PAGE: dict[str, dict[str, str]] = {
    "title": {"de": "Abstimmung", "en": "Vote"},
    "loading": {"de": "Wird geladen …", "en": "Loading …"},
    "pick_name": {"de": "Wer sind Sie?", "en": "Who are you?"},
    "pick_hint": {
        "de": "Wählen Sie Ihren Namen. Er gilt danach für dieses Gerät.",
        "en": "Choose your name. It then belongs to this device.",
    },
    "taken": {"de": "vergeben", "en": "taken"},
    "you_are": {
        "de": "Sie stimmen ab als {name} ({group}).",
        "en": "You vote as {name} ({group}).",
    },
    "no_question": {
        "de": "Gerade ist keine Frage offen. Bitte warten Sie auf die Moderation.",
        "en": "No question is open right now. Please wait for the facilitator.",
    },
    "limit": {
        "de": "Rechtliche Grenze: höchstens Stufe {level} ({name}).",
        "en": "Legal limit: level {level} ({name}) at most.",
    },
    "above_limit": {"de": "über der rechtlichen Grenze", "en": "above the legal limit"},
    "levels_legend": {
        "de": "Wie weit soll die/der CDO hier entscheiden?",
        "en": "How far should the CDO decide here?",
    },
    "expectation_title": {
        "de": "Was erwartet {group} von der Rolle?",
        "en": "What does {group} expect of the role?",
    },
    "expectation_label": {
        "de": "Ihre Einschätzung von 0 (koordiniert) bis 100 (löst Probleme aller Art)",
        "en": "Your view from 0 (coordinates) to 100 (solves problems of all kinds)",
    },
    "scale_low": {"de": "koordiniert", "en": "coordinates"},
    "scale_high": {"de": "löst Probleme aller Art", "en": "solves problems of all kinds"},
    "send": {"de": "Abstimmen", "en": "Vote"},
    "counted": {
        "de": "Ihre Stimme wurde gezählt. Sie können sie ändern, bis die Runde endet.",
        "en": "Your vote was counted. You may change it until the round closes.",
    },
    "sending": {"de": "Wird gesendet …", "en": "Sending …"},
    "offline": {
        "de": "Keine Verbindung zum Laptop. Bitte versuchen Sie es gleich noch einmal.",
        "en": "No connection to the laptop. Please try again in a moment.",
    },
    "closed": {
        "de": "Die Abstimmung ist beendet. Vielen Dank!",
        "en": "The vote has ended. Thank you!",
    },
}

# Refusals, as the phone shows them (status code and text).
REFUSALS: dict[str, dict[str, str]] = {
    "forbidden": {
        "de": "Dieser Link gilt nicht (mehr). Bitte scannen Sie den QR-Code neu.",
        "en": "This link is not valid (any more). Please scan the QR code again.",
    },
    "other_site": {
        "de": "Abstimmen geht nur auf der Seite aus dem QR-Code, nicht von einer anderen Seite.",
        "en": "Votes come only from the page of the QR code, not from another site.",
    },
    "not_found": {"de": "Nicht gefunden.", "en": "Not found."},
    "too_many": {
        "de": "Zu viele Anfragen. Bitte warten Sie einen Moment.",
        "en": "Too many requests. Please wait a moment.",
    },
    "too_large": {"de": "Die Anfrage ist zu groß.", "en": "The request is too large."},
    "bad_request": {"de": "Die Anfrage ist ungültig.", "en": "The request is not valid."},
    "no_device": {
        "de": "Dieses Gerät ist nicht angemeldet. Bitte laden Sie die Seite neu"
        " (Cookies müssen erlaubt sein).",
        "en": "This device is not registered. Please reload the page (cookies must be allowed).",
    },
    "full": {
        "de": "Es sind schon zu viele Geräte angemeldet.",
        "en": "Too many devices have joined already.",
    },
    "name_taken": {
        "de": "Diesen Namen hat schon ein anderes Gerät gewählt. Wählen Sie Ihren eigenen"
        " Namen, oder bitten Sie die Moderation, ihn freizugeben.",
        "en": "Another device has chosen this name already. Choose your own name, or ask the"
        " facilitator to free it.",
    },
    "name_chosen": {
        "de": "Dieses Gerät hat schon einen Namen gewählt.",
        "en": "This device has chosen a name already.",
    },
    "unknown_participant": {
        "de": "Diese Person nimmt an der Sitzung nicht teil.",
        "en": "This person does not take part in the session.",
    },
    "pick_first": {
        "de": "Bitte wählen Sie zuerst Ihren Namen.",
        "en": "Please choose your name first.",
    },
    "unknown_question": {
        "de": "Über diese Frage wird gerade nicht abgestimmt.",
        "en": "This question is not open for voting.",
    },
    "unknown_area": {
        "de": "Diesen Entscheidungsbereich gibt es in der Sitzung nicht.",
        "en": "This decision area is not in the session.",
    },
    "not_a_level": {
        "de": "Bitte wählen Sie eine Stufe von 1 bis 7.",
        "en": "Please choose a level from 1 to 7.",
    },
    "above_limit": {
        "de": "Stufe {level} liegt über der rechtlichen Grenze dieses Bereichs (höchstens Stufe"
        " {ceiling}). Bitte wählen Sie eine niedrigere Stufe.",
        "en": "Level {level} lies above this area's legal limit (level {ceiling} at most)."
        " Please choose a lower level.",
    },
    "not_a_position": {
        "de": "Bitte wählen Sie einen Wert von 0 bis 100.",
        "en": "Please choose a value from 0 to 100.",
    },
    "revealed": {
        "de": "Die Stimmen zu dieser Frage sind schon aufgedeckt; die Runde ist beendet.",
        "en": "The votes on this question have been revealed; the round is closed.",
    },
    "agreement_final": {
        "de": "Die Vereinbarung ist abgeschlossen; es wird nicht mehr abgestimmt.",
        "en": "The agreement is final; voting has ended.",
    },
    "not_saved": {
        "de": "Ihre Stimme konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.",
        "en": "Your vote could not be saved. Please try again.",
    },
    "closed": {
        "de": "Die Abstimmung ist beendet.",
        "en": "The vote has ended.",
    },
}


def page_texts(language: str) -> dict[str, str]:
    return {key: text[_lang(language)] for key, text in PAGE.items()}


def refusal_text(key: str, language: str, **args: Any) -> str:
    return REFUSALS[key][_lang(language)].format(**args)


def _lang(language: str) -> str:
    return "en" if language == "en" else "de"
