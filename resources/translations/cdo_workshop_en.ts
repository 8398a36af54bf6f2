<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DelegationBoardModel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) cast</source>
        <translation>
            <numerusform>%n vote cast</numerusform>
            <numerusform>%n votes cast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s), median {median}</source>
        <translation>
            <numerusform>%n vote, median {median}</numerusform>
            <numerusform>%n votes, median {median}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpectationCard</name>
    <message numerus="yes">
        <source>%n position(s) given by phone, hidden until you reveal them</source>
        <translation>
            <numerusform>%n position given by phone, hidden until you reveal it</numerusform>
            <numerusform>%n positions given by phone, hidden until you reveal them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) given by phone, median {median}</source>
        <translation>
            <numerusform>%n position given by phone, median {median}</numerusform>
            <numerusform>%n positions given by phone, median {median}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {count} signatories signed on screen (simple electronic signatures); the other signature boxes are lines for signing in ink.</source>
        <translation>
            <numerusform>%n of {count} signatories signed on screen (a simple electronic signature); the other signature boxes are lines for signing in ink.</numerusform>
            <numerusform>%n of {count} signatories signed on screen (simple electronic signatures); the other signature boxes are lines for signing in ink.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to {printer} as PDF.</source>
        <translation>
            <numerusform>%n page sent to {printer} as PDF.</numerusform>
            <numerusform>%n pages sent to {printer} as PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FramingPage</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision area(s)</source>
        <translation>
            <numerusform>%n decision area</numerusform>
            <numerusform>%n decision areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPage</name>
    <message numerus="yes">
        <source>%n task(s) with problems</source>
        <translation>
            <numerusform>%n task with problems</numerusform>
            <numerusform>%n tasks with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message numerus="yes">
        <source>Not saved (%n change(s))</source>
        <translation>
            <numerusform>Not saved (%n change)</numerusform>
            <numerusform>Not saved (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: {error}
Save all sessions to another file first, or close and lose them?</source>
        <translation>
            <numerusform>%n change could not be saved: {error}
Save all sessions to another file first, or close and lose it?</numerusform>
            <numerusform>%n changes could not be saved: {error}
Save all sessions to another file first, or close and lose them?</numerusform>
        </translation>
    </message>
</context>
</TS>
