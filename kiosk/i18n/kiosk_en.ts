<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogueScreen</name>
    <message numerus="yes">
        <location filename="../ui/screens/catalogue.py" line="172"/>
        <source>%n min</source>
        <extracomment>the narrowest a lesson card gets, in 1080p pixels (kiosk.content.fit&apos;s estimate assumes it)</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="90"/>
        <source>%1 — %n lessons, %2 shown to visitors. Languages: %3</source>
        <translation>
            <numerusform>%1 — %n lesson, %2 shown to visitors. Languages: %3</numerusform>
            <numerusform>%1 — %n lessons, %2 shown to visitors. Languages: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="145"/>
        <source>shown without %n of its quiz questions</source>
        <translation>
            <numerusform>shown without %n of its quiz questions</numerusform>
            <numerusform>shown without %n of its quiz questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="164"/>
        <source>Reloaded: %n lessons, %1 with errors.</source>
        <translation>
            <numerusform>Reloaded: %n lesson, %1 with errors.</numerusform>
            <numerusform>Reloaded: %n lessons, %1 with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="170"/>
        <source>Checked: %n errors</source>
        <translation>
            <numerusform>Checked: %n error</numerusform>
            <numerusform>Checked: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="171"/>
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
        <location filename="../ui/admin/page_manage.py" line="278"/>
        <source>Exported %n files to %3: %1 visits and %2 answers. You can remove the drive once its light stops blinking.</source>
        <translation>
            <numerusform>Exported %n file to %3: %1 visits and %2 answers. You can remove the drive once its light stops blinking.</numerusform>
            <numerusform>Exported %n files to %3: %1 visits and %2 answers. You can remove the drive once its light stops blinking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="291"/>
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
        <location filename="../ui/widgets/idle_overlay.py" line="51"/>
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="134"/>
        <source>facility: right in %1 of %n finished quizzes</source>
        <translation>
            <numerusform>facility: right in %1 of %n finished quiz</numerusform>
            <numerusform>facility: right in %1 of %n finished quizzes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPicker</name>
    <message numerus="yes">
        <source>%n ticked: the challenge draws its questions from these only.</source>
        <translation>
            <numerusform>%n ticked: the challenge draws its questions from this lesson only.</numerusform>
            <numerusform>%n ticked: the challenge draws its questions from these only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="182"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n finished</numerusform>
            <numerusform>%n finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="183"/>
        <source>%n started</source>
        <translation>
            <numerusform>%n started</numerusform>
            <numerusform>%n started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="224"/>
        <source>%n writes to the results database failed since the kiosk started.</source>
        <translation>
            <numerusform>%n write to the results database failed since the kiosk started.</numerusform>
            <numerusform>%n writes to the results database failed since the kiosk started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="230"/>
        <source>%n records are waiting in memory to be written.</source>
        <translation>
            <numerusform>%n record is waiting in memory to be written.</numerusform>
            <numerusform>%n records are waiting in memory to be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="233"/>
        <source>%n records were lost (memory full or refused by the database).</source>
        <translation>
            <numerusform>%n record was lost (memory full or refused by the database).</numerusform>
            <numerusform>%n records were lost (memory full or refused by the database).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordTester</name>
    <message numerus="yes">
        <location filename="../ui/exhibits/password_tester.py" line="337"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exhibits/password_tester.py" line="338"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exhibits/password_tester.py" line="339"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exhibits/password_tester.py" line="340"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exhibits/password_tester.py" line="341"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exhibits/password_tester.py" line="342"/>
        <source>about %n year(s)</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
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
    <name>PreviewWindow</name>
    <message numerus="yes">
        <location filename="../ui/preview/window.py" line="298"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/preview/window.py" line="299"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="321"/>
        <source>Bars: the share of the %n answers that missed each red flag, or tapped a harmless part.</source>
        <translation>
            <numerusform>Bars: the share of the %n answer that missed each red flag, or tapped a harmless part.</numerusform>
            <numerusform>Bars: the share of the %n answers that missed each red flag, or tapped a harmless part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="258"/>
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="297"/>
        <source>Bars: the share of the %n answers that included each choice. Visitors could pick several, so the shares add up to more than 100%.</source>
        <translation>
            <numerusform>Bars: the share of the %n answer that included each choice. Visitors could pick several, so the shares add up to more than 100%.</numerusform>
            <numerusform>Bars: the share of the %n answers that included each choice. Visitors could pick several, so the shares add up to more than 100%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="303"/>
        <source>Bars: the share of the %n answers that chose each choice.</source>
        <translation>
            <numerusform>Bars: the share of the %n answer that chose each choice.</numerusform>
            <numerusform>Bars: the share of the %n answers that chose each choice.</numerusform>
        </translation>
    </message>
</context>
</TS>
