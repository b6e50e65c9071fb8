<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../ui/screens/attract.py" line="194"/>
        <source>Touch to start</source>
        <translation>轻触屏幕开始</translation>
    </message>
    <message>
        <location filename="../ui/screens/attract.py" line="197"/>
        <source>Did you know?</source>
        <translation>你知道吗？</translation>
    </message>
    <message>
        <location filename="../ui/screens/attract.py" line="198"/>
        <source>Take the booth challenge</source>
        <translation>挑战一下展台问答</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../ui/screens/catalogue.py" line="132"/>
        <source>Not available right now</source>
        <translation>暂时无法打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/catalogue.py" line="130"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="133"/>
        <source>Done</source>
        <translation>已学完</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="144"/>
        <source>Choose a lesson</source>
        <translation>选一节课</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="145"/>
        <source>Tap a lesson to begin. Each one takes only a few minutes.</source>
        <translation>点一节课就能开始，每节只要几分钟。</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="146"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="147"/>
        <source>Booth challenge</source>
        <translation>展台挑战</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="141"/>
        <source>Sorry, the challenge cannot start right now.</source>
        <extracomment>the thread parsing lessons ahead (``warm_lessons``), and what stops it lessons that raised an unexpected error: shown as unavailable until the pack is replaced</extracomment>
        <translation>抱歉，挑战暂时无法开始。</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="273"/>
        <location filename="../ui/router.py" line="349"/>
        <location filename="../ui/router.py" line="377"/>
        <source>Sorry, this lesson cannot be shown right now.</source>
        <translation>抱歉，这节课暂时无法打开。</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="356"/>
        <source>Opening the lesson…</source>
        <translation>正在打开课程…</translation>
    </message>
</context>
<context>
    <name>ChallengeResultScreen</name>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="115"/>
        <source>Try another challenge</source>
        <translation>再挑战一次</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="116"/>
        <source>Lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="117"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="118"/>
        <source>Booth challenge</source>
        <translation>展台挑战</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="126"/>
        <source>%1 of %2!</source>
        <translation>答对 %1 题，共 %2 题！</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="129"/>
        <source>A perfect score! You really know how to stay safe online.</source>
        <translation>满分！你真的很懂怎样保护自己的网络安全。</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="131"/>
        <source>Great result! You know most of the tricks already.</source>
        <translation>成绩很棒！大多数骗术你都已经识破了。</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="133"/>
        <source>Good effort! Every question teaches something. Have another go?</source>
        <translation>辛苦了！每道题都能学到东西。要不要再来一次？</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="136"/>
        <source>Worth another look</source>
        <translation>这几道题值得再看看</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="136"/>
        <source>You got every question right.</source>
        <translation>你全部答对了。</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="143"/>
        <source>Right answers: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="144"/>
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <location filename="../ui/admin/view.py" line="191"/>
        <source>Leave kiosk mode?</source>
        <translation>退出展台模式？</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="194"/>
        <source>The kiosk program closes and the computer&apos;s desktop shows. Visitors cannot use the kiosk until it is started again.</source>
        <translation>展台程序会关闭，屏幕回到电脑桌面。重新启动之前，参观者无法使用。</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="198"/>
        <source>Leave kiosk mode</source>
        <translation>退出展台模式</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="200"/>
        <source>Close the kiosk?</source>
        <translation>关闭展台程序？</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="201"/>
        <source>The kiosk program closes. Results recorded so far are kept.</source>
        <translation>展台程序会关闭，已记录的结果都会保留。</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="202"/>
        <source>Close the kiosk</source>
        <translation>关闭展台程序</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="203"/>
        <source>Stay</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <location filename="../ui/admin/view.py" line="129"/>
        <source>Overview</source>
        <extracomment>pages the event/date filter applies to</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="130"/>
        <source>Questions</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="131"/>
        <source>Lesson pack</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="132"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="133"/>
        <source>Redeem rewards</source>
        <translation>兑换奖品</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="134"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="141"/>
        <source>Operator console</source>
        <translation>管理员控制台</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="142"/>
        <source>Back to visitors</source>
        <translation>返回参观者界面</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="143"/>
        <source>Leave kiosk mode</source>
        <translation>退出展台模式</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="143"/>
        <source>Close the kiosk</source>
        <translation>关闭展台程序</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="89"/>
        <source>%1 — %n lessons, %2 shown to visitors. Languages: %3</source>
        <translation>
            <numerusform>%1：共 %n 节课，其中 %2 节向参观者展示。语言：%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="137"/>
        <source>left out: visitors do not see it</source>
        <translation>未收录：参观者看不到这节课</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="139"/>
        <source>listed, but cannot be opened</source>
        <translation>列出但无法打开</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="141"/>
        <source>shown without its quiz</source>
        <translation>已展示，但不含测验</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="143"/>
        <source>left out: these visitors get the original</source>
        <translation>未收录：这些参观者看到的是原文版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="144"/>
        <source>shown without %n of its quiz questions</source>
        <translation>
            <numerusform>已展示，但测验中有 %n 道题被略去</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="125"/>
        <source>shown</source>
        <translation>正在展示</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="121"/>
        <source>hidden in Settings</source>
        <translation>已在设置中隐藏</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="148"/>
        <source>Reading and checking the lesson pack…</source>
        <translation>正在读取并检查课程包……</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="155"/>
        <source>Checked: %n errors</source>
        <translation>
            <numerusform>检查完毕：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="156"/>
        <source>, %n warnings</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="159"/>
        <source>%1. Each lesson below says what visitors see of it.</source>
        <translation>%1。下方每节课都注明了参观者看到的内容。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="161"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="165"/>
        <source>Checked: no problems found.</source>
        <translation>检查完毕：没有发现问题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="172"/>
        <source>The lesson pack could not be read: %1</source>
        <translation>无法读取课程包：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="184"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="184"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="189"/>
        <source>No problems in the lesson pack.</source>
        <translation>课程包没有问题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="198"/>
        <source>Reload lessons from disk</source>
        <translation>从磁盘重新加载课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="199"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="200"/>
        <source>Problems found by the check</source>
        <translation>检查发现的问题</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../ui/admin/page_manage.py" line="239"/>
        <source>Export to: %1</source>
        <translation>导出到：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="244"/>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="253"/>
        <source>Exported %1 visits and %2 answers to %3. You can remove the drive once its light stops blinking.</source>
        <translation>已将 %1 次参观和 %2 条作答导出到 %3。等U盘指示灯停止闪烁后即可拔出。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="262"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="267"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="273"/>
        <source>Results are written as CSV files (for spreadsheets) and as a copy of the database, in a new dated folder. Plug in a USB stick and pick it on the left.</source>
        <translation>结果会写入一个以日期命名的新文件夹，包括 CSV 文件（可用表格软件打开）和一份数据库副本。请插入U盘，然后在左侧选择它。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="277"/>
        <source>Export results here</source>
        <translation>导出到这里</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="280"/>
        <source>Nothing exported yet.</source>
        <translation>还没有导出过。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/admin/filters.py" line="72"/>
        <location filename="../ui/admin/filters.py" line="136"/>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="74"/>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="115"/>
        <location filename="../ui/admin/filters.py" line="127"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="116"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="117"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="118"/>
        <location filename="../ui/admin/filters.py" line="130"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="125"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="128"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="129"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="131"/>
        <source>From… to…</source>
        <translation>自定义日期</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="87"/>
        <source>Removable drive</source>
        <translation>移动存储设备</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="89"/>
        <source>No USB drive found. Plug one in, then tap “Look again”.</source>
        <translation>没有找到U盘。请插入U盘，然后点“重新查找”。</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="93"/>
        <source>Home folder</source>
        <translation>主文件夹</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="94"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="95"/>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="128"/>
        <source>Up to %1</source>
        <translation>返回上一级：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="143"/>
        <source>Drives and places</source>
        <translation>驱动器和常用位置</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="144"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../ui/widgets/idle_overlay.py" line="50"/>
        <source>%n seconds left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/idle_overlay.py" line="59"/>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <location filename="../ui/widgets/idle_overlay.py" line="61"/>
        <source>Touch the screen to carry on. Otherwise the kiosk starts over for the next visitor.</source>
        <translation>轻触屏幕就能继续；没有操作的话，屏幕会为下一位参观者重新开始。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window.py" line="131"/>
        <source>Close the kiosk?</source>
        <translation>要关闭这个学习站吗？</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="132"/>
        <source>This visit ends here and the kiosk closes.</source>
        <translation>本次学习到此结束，程序将关闭。</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="133"/>
        <source>Keep going</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <location filename="../ui/window.py" line="134"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <location filename="../ui/admin/console.py" line="287"/>
        <source>The statistics could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/console.py" line="340"/>
        <source>the results database is not open</source>
        <translation>结果数据库没有打开</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="119"/>
        <source>Visits per day</source>
        <translation>每日参观人次</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="120"/>
        <source>Lessons: average score and how many finished</source>
        <translation>各课程：平均分和学完人数</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="121"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="122"/>
        <source>No visits in this period yet.</source>
        <translation>这段时间还没有参观记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="123"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="130"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n 人学完</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="131"/>
        <source>%n started</source>
        <translation>
            <numerusform>%n 人开始</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="153"/>
        <source>Results are saved to %1. Free space: %2.</source>
        <translation>结果保存在 %1。剩余空间：%2。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="158"/>
        <source>Results are kept in memory only and are lost when the kiosk closes.</source>
        <translation>结果只保存在内存中，展台程序关闭后就会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="165"/>
        <source>No results database is open: answers are not being recorded.</source>
        <translation>没有打开结果数据库：作答不会被记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="168"/>
        <source>The results database cannot be opened; answers wait in memory.</source>
        <translation>无法打开结果数据库，作答暂存在内存中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="172"/>
        <source>%n writes to the results database failed since the kiosk started.</source>
        <translation>
            <numerusform>自展台启动以来，有 %n 次写入结果数据库失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="178"/>
        <source>%n records are waiting in memory to be written.</source>
        <translation>
            <numerusform>有 %n 条记录在内存中等待写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="181"/>
        <source>%n records were lost (memory full or refused by the database).</source>
        <translation>
            <numerusform>有 %n 条记录丢失（内存已满或被数据库拒绝）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="185"/>
        <source>Little space left on the results disk: %1.</source>
        <translation>结果所在磁盘空间不足：%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="190"/>
        <source>A damaged results file was moved aside: %1</source>
        <translation>已将损坏的结果文件移到一旁：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="192"/>
        <source>Last storage error: %1</source>
        <translation>最近一次存储错误：%1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="164"/>
        <source>The stored PIN cannot be checked. Set it again with &apos;kiosk set-pin&apos;.</source>
        <translation>无法核对已保存的 PIN 码。请用“kiosk set-pin”重新设置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/pin_pad.py" line="174"/>
        <source>Wrong PIN. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>PIN 码错误。再错 %n 次，键盘就会锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="187"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN 码为 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="195"/>
        <location filename="../ui/admin/pin_pad.py" line="261"/>
        <source>Type the same PIN again to confirm it.</source>
        <translation>请再输入一次同样的 PIN 码以确认。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="199"/>
        <source>The two PINs differ. Choose a PIN again.</source>
        <translation>两次输入的 PIN 码不一致，请重新设置。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="205"/>
        <source>The PIN could not be saved: %1</source>
        <translation>PIN 码无法保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="241"/>
        <source>Too many wrong PINs. The pad is locked for %1.</source>
        <translation>PIN 码错误次数过多，键盘已锁定，%1 后解锁。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="249"/>
        <source>Choose a new PIN of %1 to %2 digits.</source>
        <translation>请设置一个 %1 到 %2 位数字的新 PIN 码。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="255"/>
        <source>No operator PIN is set yet. Choose one of %1 to %2 digits; it will be asked for every time.</source>
        <translation>还没有设置管理员 PIN 码。请设置一个 %1 到 %2 位数字的 PIN 码，以后每次进入都需要输入。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="262"/>
        <source>Enter the operator PIN.</source>
        <translation>请输入管理员 PIN 码。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="265"/>
        <source>Set the operator PIN</source>
        <translation>设置管理员 PIN 码</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="265"/>
        <source>Operator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="266"/>
        <source>Back to the kiosk</source>
        <translation>返回展台</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="267"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="268"/>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="269"/>
        <source>Confirm the PIN</source>
        <translation>确认 PIN 码</translation>
    </message>
</context>
<context>
    <name>PinSetup</name>
    <message>
        <location filename="../ui/admin/setup.py" line="93"/>
        <source>Set up this kiosk</source>
        <translation>设置这台展台</translation>
    </message>
    <message>
        <location filename="../ui/admin/setup.py" line="96"/>
        <source>Choose the operator PIN: %1 to %2 digits, typed twice. It opens the operator console (tap the four corners of the screen in turn, clockwise from the top left) and is the only way out of kiosk mode. Visitors see the kiosk once the PIN is saved.</source>
        <translation>请设置管理员 PIN 码：%1 到 %2 位数字，需输入两次。它用来打开管理员控制台（从左上角起按顺时针依次轻触屏幕四个角），也是退出展台模式的唯一方式。保存 PIN 码后，访客才会看到展台内容。</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../ui/screens/question.py" line="212"/>
        <source>Your answer: right</source>
        <translation>你的选择：正确</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="214"/>
        <source>Your answer: wrong</source>
        <translation>你的选择：错误</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="216"/>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="269"/>
        <source>Lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="270"/>
        <source>Check my answer</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="271"/>
        <source>Why</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="276"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../ui/question_kinds.py" line="45"/>
        <source>Choose one answer, then check it.</source>
        <translation>选一个答案，再提交。</translation>
    </message>
    <message>
        <location filename="../ui/question_kinds.py" line="56"/>
        <source>True or false? Choose one, then check it.</source>
        <translation>对还是错？选一个，再提交。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="281"/>
        <source>Take your time.</source>
        <translation>慢慢来，不着急。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="285"/>
        <source>Tap an answer to choose it. You can change your mind until you check.</source>
        <translation>点一下就能选中答案，提交之前都可以改。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="287"/>
        <source>Right!</source>
        <translation>答对了！</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="287"/>
        <source>Not quite.</source>
        <translation>不太对。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="318"/>
        <source>%1% of visitors got this right.</source>
        <translation>%1% 的参观者答对了这道题。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="309"/>
        <source>See my result</source>
        <translation>查看我的成绩</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="143"/>
        <source>Booth challenge</source>
        <translation>展台挑战</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="309"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../ui/question_kinds.py" line="51"/>
        <source>More than one answer is right.</source>
        <translation>正确答案不止一个。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="283"/>
        <source>Tap every answer that applies. You can change your mind until you check.</source>
        <translation>点选所有符合的答案。检查之前，你都可以改选。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="290"/>
        <source>You missed: %1</source>
        <translation>你漏选了：%1</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="246"/>
        <source>Correct answers per question, hardest first</source>
        <translation>各题答对率（最难的排在前面）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="249"/>
        <source>Tap a question to see how visitors answered it. Pale bars: fewer than %1 answers so far.</source>
        <translation>点一道题，查看参观者是怎样作答的。浅色条表示作答还不足 %1 次。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="252"/>
        <source>No answers in this period yet.</source>
        <translation>这段时间还没有作答记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="259"/>
        <source>%n answers</source>
        <translation>
            <numerusform>%n 次作答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="273"/>
        <source>How visitors answered</source>
        <translation>参观者的作答情况</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="275"/>
        <source>Choose a question on the left.</source>
        <translation>请在左侧选择一道题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="292"/>
        <source>right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="294"/>
        <source>most chosen wrong answer</source>
        <translation>选得最多的错误答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="296"/>
        <source>wrong answer</source>
        <translation>错误答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="312"/>
        <source>Popular misconception: %1 of answers chose “%2”.</source>
        <translation>常见误区：%1 的作答选了“%2”。</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../ui/screens/reader.py" line="131"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="134"/>
        <source>Lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="135"/>
        <source>Back</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="137"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="138"/>
        <source>Start the quiz</source>
        <translation>开始答题</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="139"/>
        <source>Finish lesson</source>
        <translation>学完本课</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../ui/screens/result.py" line="211"/>
        <source>Try another lesson</source>
        <translation>再学一课</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="212"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="220"/>
        <source>Well done, you passed!</source>
        <translation>真棒，你通过了！</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="223"/>
        <source>%1 of %2 right (%3%)</source>
        <translation>共 %2 题，答对 %1 题（%3%）</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="229"/>
        <source>Pass mark: %1%</source>
        <translation>及格线：%1%</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="236"/>
        <source>Worth another look</source>
        <translation>这几道题值得再看看</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="238"/>
        <source>You got every question right.</source>
        <translation>你全部答对了。</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="245"/>
        <source>Right answers: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="246"/>
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="210"/>
        <source>Try this lesson again</source>
        <translation>这节课再试一次</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="220"/>
        <source>Good effort! Want another go?</source>
        <translation>很努力了！再试一次？</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="233"/>
        <source>Read the lesson again and have another try. Each go makes it stick.</source>
        <translation>再读一遍，再试一次，记得更牢。</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="18"/>
        <source>Show this code at the booth desk to collect your gift. It works once.</source>
        <translation>到展台服务处出示这个兑奖码领取礼品。每个码只能用一次。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="23"/>
        <source>Valid until %1.</source>
        <translation>有效期至 %1。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="80"/>
        <source>You won a reward!</source>
        <translation>你赢得了一份奖品！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="89"/>
        <source>No prize in the draw this time. Thank you for playing!</source>
        <translation>这次抽奖没有中奖。谢谢参与！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="92"/>
        <source>Today&apos;s rewards are all given out. Come back tomorrow!</source>
        <translation>今天的奖品已经发完了，欢迎明天再来！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="95"/>
        <source>All the rewards have been given out. Thank you for playing!</source>
        <translation>奖品已经全部发完。谢谢参与！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="98"/>
        <source>Sorry, no reward code can be given right now.</source>
        <translation>抱歉，现在无法发放兑奖码。</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="171"/>
        <source>%1 is valid: issued on %2, not yet redeemed. Tap Redeem to hand over the reward.</source>
        <extracomment>the keypad: every symbol a code can hold, and nothing a visitor could misread (no 0, 1, I or O)</extracomment>
        <translation>%1 有效：%2 发出，尚未兑换。点“兑换”后把奖品交给访客。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="173"/>
        <source>%1 redeemed. Hand over the reward.</source>
        <translation>%1 已兑换。请把奖品交给访客。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="175"/>
        <source>That is not a reward code: a code has 8 letters and digits, like K7MP-3QXA.</source>
        <translation>这不是兑奖码：兑奖码由 8 个字母和数字组成，例如 K7MP-3QXA。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="177"/>
        <source>%1 is unknown: this kiosk never gave it. Check the typing.</source>
        <translation>%1 无法识别：本机从未发出这个兑奖码。请检查输入。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="178"/>
        <source>%1 was already redeemed on %3.</source>
        <translation>%1 已在 %3 兑换过。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="179"/>
        <source>%1 belongs to another event (%4), not this one.</source>
        <translation>%1 属于另一场活动（%4），不是本场活动。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="180"/>
        <source>%1 has expired: it was valid until %5.</source>
        <translation>%1 已过期：有效期到 %5。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="193"/>
        <source>Codes given at this event</source>
        <translation>本场活动发出的兑奖码</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="195"/>
        <source>The reward book cannot be read right now.</source>
        <translation>暂时无法读取兑奖记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="201"/>
        <source>(no event label)</source>
        <translation>（未设置活动名称）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="203"/>
        <source>Event: %1. Rewards are on.</source>
        <translation>活动：%1。奖品发放已开启。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="207"/>
        <source>Event: %1. Rewards are off: set them up in kiosk.toml, [rewards] (see the operator manual).</source>
        <translation>活动：%1。奖品发放已关闭：请在 kiosk.toml 的 [rewards] 中设置（见操作员手册）。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="213"/>
        <source>no daily cap</source>
        <translation>不限每日数量</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="215"/>
        <source>%1 more today</source>
        <translation>今天还可发 %1 份</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="217"/>
        <source>gifts left in stock · %1</source>
        <translation>剩余奖品 · %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="218"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="218"/>
        <source>issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="218"/>
        <source>redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="220"/>
        <source>All days</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="225"/>
        <source>The clock says %1, but codes were already given on %2: rewards count on %2 until the clock catches up.</source>
        <translation>时钟显示 %1，但 %2 已经发过兑奖码：在时钟追上之前，奖品按 %2 计数。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="245"/>
        <source>Type the visitor&apos;s code (letters and digits; no 0, 1, I or O):</source>
        <translation>输入访客的兑奖码（字母和数字，不含 0、1、I、O）：</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="247"/>
        <source>Check</source>
        <translation>查验</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="248"/>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="249"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="250"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/admin/rewards_desk.py" line="38"/>
        <source>Rewards are not set up on this kiosk.</source>
        <translation>本机没有设置奖品发放。</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <location filename="../ui/router.py" line="158"/>
        <source>Leave this quiz?</source>
        <translation>要离开这个测验吗？</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="159"/>
        <source>If you leave now, the quiz starts again from the first question next time.</source>
        <translation>现在离开的话，下次会从第一题重新开始。</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="160"/>
        <source>Stay in the quiz</source>
        <translation>继续答题</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="161"/>
        <source>Leave the quiz</source>
        <translation>离开测验</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/admin/page_settings.py" line="174"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="177"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="179"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="180"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="248"/>
        <source>Choose at least one lesson to show.</source>
        <translation>请至少选择一节要展示的课程。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="252"/>
        <source>Applied now, but not saved for the next start: %1</source>
        <translation>已生效，但没能保存，下次启动会恢复原样：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="256"/>
        <source>Saved and applied.</source>
        <translation>已保存并生效。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="261"/>
        <source>Event or class label</source>
        <translation>活动或班级标签</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="262"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="263"/>
        <source>Visitor idle timeout</source>
        <translation>参观者无操作超时</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="264"/>
        <source>Console idle timeout</source>
        <translation>控制台无操作超时</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="268"/>
        <source>e.g. Booth day 2, Class 7B</source>
        <translation>例如：展位第 2 天、初一（2）班</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="270"/>
        <source>The label is stamped on new visits, so results can be filtered by event or class.</source>
        <translation>新的参观记录都会带上这个标签，之后可以按活动或班级筛选结果。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="272"/>
        <source>Lessons shown to visitors</source>
        <translation>向参观者展示的课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="273"/>
        <source>Untick a lesson to hide it; use the arrows to change the order.</source>
        <translation>取消勾选即可隐藏课程；用箭头调整顺序。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="274"/>
        <source>Save and apply</source>
        <translation>保存并应用</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="275"/>
        <source>Keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="276"/>
        <source>Change PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
</context>
<context>
    <name>StatGroup</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="77"/>
        <source>visits</source>
        <extracomment>below this much free space the console warns (a day at a busy booth writes a few megabytes)</extracomment>
        <translation>参观人次</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="78"/>
        <source>lessons finished</source>
        <translation>学完的课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="79"/>
        <source>average score</source>
        <translation>平均分</translation>
    </message>
</context>
</TS>
