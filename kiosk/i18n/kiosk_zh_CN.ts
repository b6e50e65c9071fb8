<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../ui/screens/attract.py" line="149"/>
        <source>Touch to start</source>
        <translation>轻触屏幕开始</translation>
    </message>
    <message>
        <location filename="../ui/screens/attract.py" line="152"/>
        <source>Did you know?</source>
        <translation>你知道吗？</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Not available right now</source>
        <translation>暂时无法打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/catalogue.py" line="116"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="117"/>
        <source>Done</source>
        <translation>已学完</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="128"/>
        <source>Choose a lesson</source>
        <translation>选一节课</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="129"/>
        <source>Tap a lesson to begin. Each one takes only a few minutes.</source>
        <translation>点一节课就能开始，每节只要几分钟。</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="130"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="179"/>
        <source>Sorry, this lesson cannot be shown right now.</source>
        <translation>抱歉，这节课暂时无法打开。</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="306"/>
        <source>Opening the lesson…</source>
        <translation>正在打开课程…</translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <location filename="../ui/admin/view.py" line="187"/>
        <source>Leave kiosk mode?</source>
        <translation>退出展台模式？</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="190"/>
        <source>The kiosk program closes and the computer&apos;s desktop shows. Visitors cannot use the kiosk until it is started again.</source>
        <translation>展台程序会关闭，屏幕回到电脑桌面。重新启动之前，参观者无法使用。</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="194"/>
        <source>Leave kiosk mode</source>
        <translation>退出展台模式</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="196"/>
        <source>Close the kiosk?</source>
        <translation>关闭展台程序？</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="197"/>
        <source>The kiosk program closes. Results recorded so far are kept.</source>
        <translation>展台程序会关闭，已记录的结果都会保留。</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="198"/>
        <source>Close the kiosk</source>
        <translation>关闭展台程序</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="199"/>
        <source>Stay</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <location filename="../ui/admin/view.py" line="126"/>
        <source>Overview</source>
        <extracomment>pages the event/date filter applies to</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="127"/>
        <source>Questions</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="128"/>
        <source>Lesson pack</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="129"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="130"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="137"/>
        <source>Operator console</source>
        <translation>管理员控制台</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="138"/>
        <source>Back to visitors</source>
        <translation>返回参观者界面</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="139"/>
        <source>Leave kiosk mode</source>
        <translation>退出展台模式</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="139"/>
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
        <location filename="../ui/admin/page_manage.py" line="132"/>
        <source>left out: visitors do not see it</source>
        <translation>未收录：参观者看不到这节课</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="134"/>
        <source>listed, but cannot be opened</source>
        <translation>列出但无法打开</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="136"/>
        <source>shown without its quiz</source>
        <translation>已展示，但不含测验</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="139"/>
        <source>left out: these visitors get the original</source>
        <translation>未收录：这些参观者看到的是原文版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="137"/>
        <source>shown without %n of its quiz questions</source>
        <translation>
            <numerusform>已展示，但测验中有 %n 道题被略去</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="81"/>
        <source>shown</source>
        <translation>正在展示</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="81"/>
        <source>hidden in Settings</source>
        <translation>已在设置中隐藏</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="90"/>
        <source>Reading and checking the lesson pack…</source>
        <translation>正在读取并检查课程包……</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="147"/>
        <source>Checked: %n errors</source>
        <translation>
            <numerusform>检查完毕：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="147"/>
        <source>, %n warnings</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="148"/>
        <source>%1. Each lesson below says what visitors see of it.</source>
        <translation>%1。下方每节课都注明了参观者看到的内容。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="150"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="101"/>
        <source>Checked: no problems found.</source>
        <translation>检查完毕：没有发现问题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="107"/>
        <source>The lesson pack could not be read: %1</source>
        <translation>无法读取课程包：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="119"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="119"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="124"/>
        <source>No problems in the lesson pack.</source>
        <translation>课程包没有问题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="129"/>
        <source>Reload lessons from disk</source>
        <translation>从磁盘重新加载课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="130"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="131"/>
        <source>Problems found by the check</source>
        <translation>检查发现的问题</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../ui/admin/page_manage.py" line="170"/>
        <source>Export to: %1</source>
        <translation>导出到：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="175"/>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="184"/>
        <source>Exported %1 visits and %2 answers to %3. You can remove the drive once its light stops blinking.</source>
        <translation>已将 %1 次参观和 %2 条作答导出到 %3。等U盘指示灯停止闪烁后即可拔出。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="193"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="198"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="204"/>
        <source>Results are written as CSV files (for spreadsheets) and as a copy of the database, in a new dated folder. Plug in a USB stick and pick it on the left.</source>
        <translation>结果会写入一个以日期命名的新文件夹，包括 CSV 文件（可用表格软件打开）和一份数据库副本。请插入U盘，然后在左侧选择它。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="208"/>
        <source>Export results here</source>
        <translation>导出到这里</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="211"/>
        <source>Nothing exported yet.</source>
        <translation>还没有导出过。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/admin/filters.py" line="70"/>
        <location filename="../ui/admin/filters.py" line="134"/>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="72"/>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="113"/>
        <location filename="../ui/admin/filters.py" line="125"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="114"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="115"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="116"/>
        <location filename="../ui/admin/filters.py" line="128"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="123"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="126"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="127"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="129"/>
        <source>From… to…</source>
        <translation>自定义日期</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="83"/>
        <source>Removable drive</source>
        <translation>移动存储设备</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="85"/>
        <source>No USB drive found. Plug one in, then tap “Look again”.</source>
        <translation>没有找到U盘。请插入U盘，然后点“重新查找”。</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="89"/>
        <source>Home folder</source>
        <translation>主文件夹</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="90"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="91"/>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="123"/>
        <source>Up to %1</source>
        <translation>返回上一级：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="138"/>
        <source>Drives and places</source>
        <translation>驱动器和常用位置</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="139"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../ui/widgets/idle_overlay.py" line="46"/>
        <source>%n seconds left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/idle_overlay.py" line="60"/>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <location filename="../ui/widgets/idle_overlay.py" line="62"/>
        <source>Touch the screen to carry on. Otherwise the kiosk starts over for the next visitor.</source>
        <translation>轻触屏幕就能继续；没有操作的话，屏幕会为下一位参观者重新开始。</translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <location filename="../ui/admin/console.py" line="272"/>
        <source>The statistics could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/console.py" line="323"/>
        <source>the results database is not open</source>
        <translation>结果数据库没有打开</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="116"/>
        <source>Visits per day</source>
        <translation>每日参观人次</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="117"/>
        <source>Lessons: average score and how many finished</source>
        <translation>各课程：平均分和学完人数</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="118"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="119"/>
        <source>No visits in this period yet.</source>
        <translation>这段时间还没有参观记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="120"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="127"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n 人学完</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="128"/>
        <source>%n started</source>
        <translation>
            <numerusform>%n 人开始</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="150"/>
        <source>Results are saved to %1. Free space: %2.</source>
        <translation>结果保存在 %1。剩余空间：%2。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="155"/>
        <source>Results are kept in memory only and are lost when the kiosk closes.</source>
        <translation>结果只保存在内存中，展台程序关闭后就会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="162"/>
        <source>No results database is open: answers are not being recorded.</source>
        <translation>没有打开结果数据库：作答不会被记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="165"/>
        <source>The results database cannot be opened; answers wait in memory.</source>
        <translation>无法打开结果数据库，作答暂存在内存中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="169"/>
        <source>%n writes to the results database failed since the kiosk started.</source>
        <translation>
            <numerusform>自展台启动以来，有 %n 次写入结果数据库失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="175"/>
        <source>%n records are waiting in memory to be written.</source>
        <translation>
            <numerusform>有 %n 条记录在内存中等待写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="178"/>
        <source>%n records were lost (memory full or refused by the database).</source>
        <translation>
            <numerusform>有 %n 条记录丢失（内存已满或被数据库拒绝）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="182"/>
        <source>Little space left on the results disk: %1.</source>
        <translation>结果所在磁盘空间不足：%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="187"/>
        <source>A damaged results file was moved aside: %1</source>
        <translation>已将损坏的结果文件移到一旁：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="189"/>
        <source>Last storage error: %1</source>
        <translation>最近一次存储错误：%1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>The stored PIN cannot be checked. Set it again with &apos;kiosk set-pin&apos;.</source>
        <translation>无法核对已保存的 PIN 码。请用“kiosk set-pin”重新设置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/pin_pad.py" line="159"/>
        <source>Wrong PIN. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>PIN 码错误。再错 %n 次，键盘就会锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="175"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN 码为 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="183"/>
        <location filename="../ui/admin/pin_pad.py" line="247"/>
        <source>Type the same PIN again to confirm it.</source>
        <translation>请再输入一次同样的 PIN 码以确认。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="187"/>
        <source>The two PINs differ. Choose a PIN again.</source>
        <translation>两次输入的 PIN 码不一致，请重新设置。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="193"/>
        <source>The PIN could not be saved: %1</source>
        <translation>PIN 码无法保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="227"/>
        <source>Too many wrong PINs. The pad is locked for %1.</source>
        <translation>PIN 码错误次数过多，键盘已锁定，%1 后解锁。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="235"/>
        <source>Choose a new PIN of %1 to %2 digits.</source>
        <translation>请设置一个 %1 到 %2 位数字的新 PIN 码。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="241"/>
        <source>No operator PIN is set yet. Choose one of %1 to %2 digits; it will be asked for every time.</source>
        <translation>还没有设置管理员 PIN 码。请设置一个 %1 到 %2 位数字的 PIN 码，以后每次进入都需要输入。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="248"/>
        <source>Enter the operator PIN.</source>
        <translation>请输入管理员 PIN 码。</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="251"/>
        <source>Set the operator PIN</source>
        <translation>设置管理员 PIN 码</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="251"/>
        <source>Operator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="252"/>
        <source>Back to the kiosk</source>
        <translation>返回展台</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="253"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="254"/>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../ui/admin/pin_pad.py" line="255"/>
        <source>Confirm the PIN</source>
        <translation>确认 PIN 码</translation>
    </message>
</context>
<context>
    <name>PinSetup</name>
    <message>
        <source>Set up this kiosk</source>
        <translation>设置这台展台</translation>
    </message>
    <message>
        <source>Choose the operator PIN: %1 to %2 digits, typed twice. It opens the operator console (tap the four corners of the screen in turn, clockwise from the top left) and is the only way out of kiosk mode. Visitors see the kiosk once the PIN is saved.</source>
        <translation>请设置管理员 PIN 码：%1 到 %2 位数字，需输入两次。它用来打开管理员控制台（从左上角起按顺时针依次轻触屏幕四个角），也是退出展台模式的唯一方式。保存 PIN 码后，访客才会看到展台内容。</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../ui/screens/question.py" line="178"/>
        <source>Your answer: right</source>
        <translation>你的选择：正确</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="180"/>
        <source>Your answer: wrong</source>
        <translation>你的选择：错误</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="182"/>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="233"/>
        <source>Lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="234"/>
        <source>Check my answer</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="235"/>
        <source>Why</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="240"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="245"/>
        <source>Choose one answer, then check it.</source>
        <translation>选一个答案，再提交。</translation>
    </message>
    <message>
        <location filename="../ui/question_kinds.py" line="55"/>
        <source>True or false? Choose one, then check it.</source>
        <translation>对还是错？选一个，再提交。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="248"/>
        <source>Take your time.</source>
        <translation>慢慢来，不着急。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="250"/>
        <source>Tap an answer to choose it. You can change your mind until you check.</source>
        <translation>点一下就能选中答案，提交之前都可以改。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="255"/>
        <source>Right!</source>
        <translation>答对了！</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="255"/>
        <source>Not quite.</source>
        <translation>不太对。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="260"/>
        <source>%1% of visitors got this right.</source>
        <translation>%1% 的参观者答对了这道题。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="265"/>
        <source>See my result</source>
        <translation>查看我的成绩</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="265"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>More than one answer is right.</source>
        <translation>正确答案不止一个。</translation>
    </message>
    <message>
        <source>Tap every answer that applies. You can change your mind until you check.</source>
        <translation>点选所有符合的答案。检查之前，你都可以改选。</translation>
    </message>
    <message>
        <source>You missed: %1</source>
        <translation>你漏选了：%1</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="243"/>
        <source>Correct answers per question, hardest first</source>
        <translation>各题答对率（最难的排在前面）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="246"/>
        <source>Tap a question to see how visitors answered it. Pale bars: fewer than %1 answers so far.</source>
        <translation>点一道题，查看参观者是怎样作答的。浅色条表示作答还不足 %1 次。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="249"/>
        <source>No answers in this period yet.</source>
        <translation>这段时间还没有作答记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="256"/>
        <source>%n answers</source>
        <translation>
            <numerusform>%n 次作答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="270"/>
        <source>How visitors answered</source>
        <translation>参观者的作答情况</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="272"/>
        <source>Choose a question on the left.</source>
        <translation>请在左侧选择一道题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="289"/>
        <source>right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="291"/>
        <source>most chosen wrong answer</source>
        <translation>选得最多的错误答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="293"/>
        <source>wrong answer</source>
        <translation>错误答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="309"/>
        <source>Popular misconception: %1 of answers chose “%2”.</source>
        <translation>常见误区：%1 的作答选了“%2”。</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../ui/screens/reader.py" line="93"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="96"/>
        <source>Lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="97"/>
        <source>Back</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="99"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="100"/>
        <source>Start the quiz</source>
        <translation>开始答题</translation>
    </message>
    <message>
        <location filename="../ui/screens/reader.py" line="101"/>
        <source>Finish lesson</source>
        <translation>学完本课</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../ui/screens/result.py" line="164"/>
        <source>Try another lesson</source>
        <translation>再学一课</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="165"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="173"/>
        <source>Well done, you passed!</source>
        <translation>真棒，你通过了！</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="176"/>
        <source>%1 of %2 right (%3%)</source>
        <translation>共 %2 题，答对 %1 题（%3%）</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="181"/>
        <source>Pass mark: %1%</source>
        <translation>及格线：%1%</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="183"/>
        <source>Worth another look</source>
        <translation>这几道题值得再看看</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="185"/>
        <source>You got every question right.</source>
        <translation>你全部答对了。</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="191"/>
        <source>Right answers: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="192"/>
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <source>Try this lesson again</source>
        <translation>这节课再试一次</translation>
    </message>
    <message>
        <source>Good effort! Want another go?</source>
        <translation>很努力了！再试一次？</translation>
    </message>
    <message>
        <source>Read the lesson again and have another try. Each go makes it stick.</source>
        <translation>再读一遍，再试一次，记得更牢。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/admin/page_settings.py" line="172"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="175"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="177"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="178"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="246"/>
        <source>Choose at least one lesson to show.</source>
        <translation>请至少选择一节要展示的课程。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="250"/>
        <source>Applied now, but not saved for the next start: %1</source>
        <translation>已生效，但没能保存，下次启动会恢复原样：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="254"/>
        <source>Saved and applied.</source>
        <translation>已保存并生效。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="259"/>
        <source>Event or class label</source>
        <translation>活动或班级标签</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="260"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="261"/>
        <source>Visitor idle timeout</source>
        <translation>参观者无操作超时</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="262"/>
        <source>Console idle timeout</source>
        <translation>控制台无操作超时</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="266"/>
        <source>e.g. Booth day 2, Class 7B</source>
        <translation>例如：展位第 2 天、初一（2）班</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="268"/>
        <source>The label is stamped on new visits, so results can be filtered by event or class.</source>
        <translation>新的参观记录都会带上这个标签，之后可以按活动或班级筛选结果。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="270"/>
        <source>Lessons shown to visitors</source>
        <translation>向参观者展示的课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="271"/>
        <source>Untick a lesson to hide it; use the arrows to change the order.</source>
        <translation>取消勾选即可隐藏课程；用箭头调整顺序。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="272"/>
        <source>Save and apply</source>
        <translation>保存并应用</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="273"/>
        <source>Keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="274"/>
        <source>Change PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
</context>
<context>
    <name>StatGroup</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="74"/>
        <source>visits</source>
        <extracomment>below this much free space the console warns (a day at a busy booth writes a few megabytes)</extracomment>
        <translation>参观人次</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="75"/>
        <source>lessons finished</source>
        <translation>学完的课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="76"/>
        <source>average score</source>
        <translation>平均分</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>Leave this quiz?</source>
        <translation>要离开这个测验吗？</translation>
    </message>
    <message>
        <source>If you leave now, the quiz starts again from the first question next time.</source>
        <translation>现在离开的话，下次会从第一题重新开始。</translation>
    </message>
    <message>
        <source>Stay in the quiz</source>
        <translation>继续答题</translation>
    </message>
    <message>
        <source>Leave the quiz</source>
        <translation>离开测验</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close the kiosk?</source>
        <translation>要关闭这个学习站吗？</translation>
    </message>
    <message>
        <source>This visit ends here and the kiosk closes.</source>
        <translation>本次学习到此结束，程序将关闭。</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Scan to take the tips home</source>
        <translation>扫码把提示带回家</translation>
    </message>
    <message>
        <source>Your phone&apos;s camera shows them as text: no app, no internet.</source>
        <translation>用手机相机一扫就能看到文字，不用装应用，也不用联网。</translation>
    </message>
    <message>
        <source>Print the tips</source>
        <translation>打印这些提示</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printed: please take your slip.</source>
        <translation>打印好了，请取走小票。</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working just now. Please ask at the booth.</source>
        <translation>抱歉，打印机暂时不能用，请问一下展台工作人员。</translation>
    </message>
    <message>
        <source>Tips to take home</source>
        <translation>带回家的提示</translation>
    </message>
    <message>
        <source>Your reward code</source>
        <translation>你的奖品码</translation>
    </message>
    <message>
        <source>Show this code at the booth.</source>
        <translation>到展台出示这个码即可领取。</translation>
    </message>
</context>
</TS>
