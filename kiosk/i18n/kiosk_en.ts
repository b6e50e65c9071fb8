<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogueScreen</name>
    <message numerus="yes">
        <location filename="../ui/screens/catalogue.py" line="130"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="89"/>
        <source>%1 — %n lessons, %2 shown to visitors. Languages: %3</source>
        <translation>
            <numerusform>%1 — %n lesson, %2 shown to visitors. Languages: %3</numerusform>
            <numerusform>%1 — %n lessons, %2 shown to visitors. Languages: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="144"/>
        <source>shown without %n of its quiz questions</source>
        <translation>
            <numerusform>shown without %n of its quiz questions</numerusform>
            <numerusform>shown without %n of its quiz questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="155"/>
        <source>Checked: %n errors</source>
        <translation>
            <numerusform>Checked: %n error</numerusform>
            <numerusform>Checked: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="156"/>
        <source>, %n warnings</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="262"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../ui/widgets/idle_overlay.py" line="50"/>
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="130"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n finished</numerusform>
            <numerusform>%n finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="131"/>
        <source>%n started</source>
        <translation>
            <numerusform>%n started</numerusform>
            <numerusform>%n started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="172"/>
        <source>%n writes to the results database failed since the kiosk started.</source>
        <translation>
            <numerusform>%n write to the results database failed since the kiosk started.</numerusform>
            <numerusform>%n writes to the results database failed since the kiosk started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="178"/>
        <source>%n records are waiting in memory to be written.</source>
        <translation>
            <numerusform>%n record is waiting in memory to be written.</numerusform>
            <numerusform>%n records are waiting in memory to be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="181"/>
        <source>%n records were lost (memory full or refused by the database).</source>
        <translation>
            <numerusform>%n record was lost (memory full or refused by the database).</numerusform>
            <numerusform>%n records were lost (memory full or refused by the database).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../ui/admin/pin_pad.py" line="174"/>
        <source>Wrong PIN. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the pad locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the pad locks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="259"/>
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
</TS>
