<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessButton</name>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Larger text, high contrast and read-aloud</source>
        <translation>大字、高对比度和朗读</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>高对比度：开</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>高对比度：关</translation>
    </message>
    <message>
        <source>Read aloud: on</source>
        <translation>朗读：开</translation>
    </message>
    <message>
        <source>Read aloud: off</source>
        <translation>朗读：关</translation>
    </message>
    <message>
        <source>Easier to read</source>
        <translation>看得更清楚</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../ui/admin/page_questions.py" line="159"/>
        <source>People who do well overall get this wrong: check the key.</source>
        <translation>整体成绩好的人反而答错这道题：请检查正确答案是否标对。</translation>
    </message>
    <message>
        <source>This question hardly tells who knows the topic from who does not: check the key, and that it asks one clear thing.</source>
        <translation>这道题几乎分不出谁懂、谁不懂：请检查正确答案是否标对，题目是否只问了一件清楚的事。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="162"/>
        <source>“%1”: almost nobody chooses this wrong answer: make it more believable.</source>
        <translation>“%1”：几乎没人选这个错误答案：把它改得更像真的。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="175"/>
        <source>The item analysis finds nothing to change.</source>
        <translation>题目分析没有发现需要修改的地方。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../ui/screens/attract.py" line="185"/>
        <source>Touch to start</source>
        <translation>轻触屏幕开始</translation>
    </message>
    <message>
        <location filename="../ui/screens/attract.py" line="188"/>
        <source>Did you know?</source>
        <translation>你知道吗？</translation>
    </message>
    <message>
        <location filename="../ui/screens/attract.py" line="293" />
        <source>Take the booth challenge</source>
        <translation>挑战一下展台问答</translation>
    </message>
</context>
<context>
    <name>BoothPage</name>
    <message>
        <source>kiosk.toml names lessons this lesson pack does not have: %1. They are at the end of the list: untick them and save to take them out of the file.</source>
        <translation>kiosk.toml 里列出了本课程包没有的课程：%1。它们在列表末尾：取消勾选并保存，就会从文件里删掉。</translation>
    </message>
    <message>
        <source>No ticked lesson gives a question: tick a lesson visitors see that has a quiz, or none for every lesson.</source>
        <translation>勾选的课程都出不了题：请勾选参观者能看到、并且有测验的课程；一个都不勾则从所有课程出题。</translation>
    </message>
    <message>
        <source>Questions per challenge</source>
        <translation>每次挑战的题数</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Chance of winning</source>
        <translation>中奖概率</translation>
    </message>
    <message>
        <source>Days a code stays valid</source>
        <translation>兑奖码有效天数</translation>
    </message>
    <message>
        <source>%1: write a whole number from %2 to %3.</source>
        <translation>%1：请填写 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Rewards for the challenge need the challenge: set its mode to On or Only, or choose “Any finished quiz”.</source>
        <translation>挑战奖励需要开启展台挑战：请把模式设为“开启”或“只有挑战”，或者选择“完成任意测验”。</translation>
    </message>
    <message>
        <source>Booth challenge</source>
        <translation>展台挑战</translation>
    </message>
    <message>
        <source>Reward codes</source>
        <translation>兑奖码</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Pass mark (%)</source>
        <translation>及格线（%）</translation>
    </message>
    <message>
        <source>What earns a reward</source>
        <translation>怎样获得奖品</translation>
    </message>
    <message>
        <source>Chance of winning (%)</source>
        <translation>中奖概率（%）</translation>
    </message>
    <message>
        <source>Event the codes are for</source>
        <translation>兑奖码所属活动</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Only the challenge</source>
        <translation>只有挑战</translation>
    </message>
    <message>
        <source>Full marks in the challenge</source>
        <translation>挑战全部答对</translation>
    </message>
    <message>
        <source>Passing the challenge</source>
        <translation>挑战达到及格线</translation>
    </message>
    <message>
        <source>Any finished quiz</source>
        <translation>完成任意测验</translation>
    </message>
    <message>
        <source>On: a button on the start screen and the lessons list. Only: the challenge is all the kiosk offers.</source>
        <translation>开启：开始画面和课程列表上出现挑战按钮。只有挑战：本机只提供展台挑战。</translation>
    </message>
    <message>
        <source>Codes a day at most; 0: no cap.</source>
        <translation>每天最多发几个码；0 表示不限。</translation>
    </message>
    <message>
        <source>Gifts for the whole event; 0: no limit.</source>
        <translation>整场活动的礼品总数；0 表示不限。</translation>
    </message>
    <message>
        <source>Below 100, an earned reward is a draw: the visitor may read “No prize this time”.</source>
        <translation>低于 100 时，达到条件后还要抽奖：访客可能看到“这次抽奖没有中奖”。</translation>
    </message>
    <message>
        <source>Counted from the day the code is given; 0: the whole event.</source>
        <translation>从发码当天算起；0 表示整场有效。</translation>
    </message>
    <message>
        <source>(no event label)</source>
        <translation>（未设置活动名称）</translation>
    </message>
    <message>
        <source>Empty: the kiosk's event label. Codes of another event are refused, so change it only for a new event.</source>
        <translation>留空则使用本机的活动名称。其他活动的兑奖码不能兑换，所以只在换新活动时修改。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>保存并应用</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../ui/screens/catalogue.py" line="126"/>
        <source>Not available right now</source>
        <translation>暂时无法打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/catalogue.py" line="124"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="127"/>
        <source>Done</source>
        <translation>已学完</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="138"/>
        <source>Choose a lesson</source>
        <translation>选一节课</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="139"/>
        <source>Tap a lesson to begin. Each one takes only a few minutes.</source>
        <translation>点一节课就能开始，每节只要几分钟。</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="140"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="242"/>
        <location filename="../ui/router.py" line="318"/>
        <location filename="../ui/router.py" line="346"/>
        <source>Sorry, this lesson cannot be shown right now.</source>
        <translation>抱歉，这节课暂时无法打开。</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="325"/>
        <source>Opening the lesson…</source>
        <translation>正在打开课程…</translation>
    </message>
    <message>
        <location filename="../ui/screens/catalogue.py" line="189" />
        <source>Booth challenge</source>
        <translation>展台挑战</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="161" />
        <source>Sorry, the challenge cannot start right now.</source>
        <extracomment>the thread parsing lessons ahead (``warm_lessons``), and what stops it lessons that raised an unexpected error: shown as unavailable until the pack is replaced</extracomment>
        <translation>抱歉，挑战暂时无法开始。</translation>
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
        <source>Booth set-up</source>
        <translation>展台设置</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="99"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="100"/>
        <source>Questions</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="101"/>
        <source>Lesson pack</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="102"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="103"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="142"/>
        <source>Operator console</source>
        <translation>管理员控制台</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="143"/>
        <source>Back to visitors</source>
        <translation>返回参观者界面</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="144"/>
        <source>Leave kiosk mode</source>
        <translation>退出展台模式</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="144"/>
        <source>Close the kiosk</source>
        <translation>关闭展台程序</translation>
    </message>
    <message>
        <location filename="../ui/admin/view.py" line="105" />
        <source>Redeem rewards</source>
        <translation>兑换奖品</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="90"/>
        <source>%1 — %n lessons, %2 shown to visitors. Languages: %3</source>
        <translation>
            <numerusform>%1：共 %n 节课，其中 %2 节向参观者展示。语言：%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="138"/>
        <source>left out: visitors do not see it</source>
        <translation>未收录：参观者看不到这节课</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="140"/>
        <source>listed, but cannot be opened</source>
        <translation>列出但无法打开</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="142"/>
        <source>shown without its quiz</source>
        <translation>已展示，但不含测验</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="144"/>
        <source>left out: these visitors get the original</source>
        <translation>未收录：这些参观者看到的是原文版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="145"/>
        <source>shown without %n of its quiz questions</source>
        <translation>
            <numerusform>已展示，但测验中有 %n 道题被略去</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="126"/>
        <source>shown</source>
        <translation>正在展示</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="122"/>
        <source>hidden in Settings</source>
        <translation>已在设置中隐藏</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="153"/>
        <source>Reading and checking the lesson pack…</source>
        <translation>正在读取并检查课程包……</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="164"/>
        <source>Reloaded: %n lessons, %1 with errors.</source>
        <translation>
            <numerusform>已重新加载：%n 节课，其中 %1 节有错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="170"/>
        <source>Checked: %n errors</source>
        <translation>
            <numerusform>检查完毕：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="171"/>
        <source>, %n warnings</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="175"/>
        <source>%1. Each lesson below says what visitors see of it.</source>
        <translation>%1。下方每节课都注明了参观者看到的内容。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="178"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="180"/>
        <source>Checked: no problems found.</source>
        <translation>检查完毕：没有发现问题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="188"/>
        <source>The lesson pack could not be read: %1</source>
        <translation>无法读取课程包：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="200"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="200"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="205"/>
        <source>No problems in the lesson pack.</source>
        <translation>课程包没有问题。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="214"/>
        <source>Reload lessons from disk</source>
        <translation>从磁盘重新加载课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="215"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="216"/>
        <source>Problems found by the check</source>
        <translation>检查发现的问题</translation>
    </message>
</context>
<context>
    <name>CornerControls</name>
    <message>
        <location filename="../ui/widgets/corner_controls.py" line="104"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/widgets/corner_controls.py" line="111"/>
        <source>The language shown now</source>
        <translation>当前显示的语言</translation>
    </message>
    <message>
        <location filename="../ui/widgets/corner_controls.py" line="113"/>
        <source>Show this in %1</source>
        <translation>改用%1显示</translation>
    </message>
    <message>
        <location filename="../ui/widgets/corner_controls.py" line="115"/>
        <source>This lesson is not available in %1</source>
        <translation>这一课暂时没有%1版本</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../ui/admin/page_manage.py" line="264"/>
        <source>Export to: %1</source>
        <translation>导出到：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="269"/>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="278"/>
        <source>Exported %n files to %3: %1 visits and %2 answers. You can remove the drive once its light stops blinking.</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %3：%1 次参观，%2 条作答。等U盘指示灯停止闪烁后即可拔出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_manage.py" line="291"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="296"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="302"/>
        <source>Results are written as CSV files (for spreadsheets) and as a copy of the database, in a new dated folder. Plug in a USB stick and pick it on the left.</source>
        <translation>结果会写入一个以日期命名的新文件夹，包括 CSV 文件（可用表格软件打开）和一份数据库副本。请插入U盘，然后在左侧选择它。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="306"/>
        <source>Export results here</source>
        <translation>导出到这里</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_manage.py" line="309"/>
        <source>Nothing exported yet.</source>
        <translation>还没有导出过。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/admin/filters.py" line="83"/>
        <location filename="../ui/admin/filters.py" line="147"/>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="85"/>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="126"/>
        <location filename="../ui/admin/filters.py" line="138"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="127"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="128"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="129"/>
        <location filename="../ui/admin/filters.py" line="141"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="136"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="139"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="140"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/filters.py" line="142"/>
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
        <location filename="../ui/admin/folder_chooser.py" line="143"/>
        <source>Up, out of the USB stick, to “%1”</source>
        <translation>返回上一级，离开U盘，到“%1”</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="145"/>
        <source>Up to the top of the USB stick (%1)</source>
        <translation>返回U盘最上层（%1）</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="147"/>
        <source>Up to the top of this computer&apos;s disk (%1)</source>
        <translation>返回本机磁盘最上层（%1）</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="148"/>
        <source>Up one folder, to “%1”</source>
        <translation>返回上一级文件夹“%1”</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="162"/>
        <source>Drives and places</source>
        <translation>驱动器和常用位置</translation>
    </message>
    <message>
        <location filename="../ui/admin/folder_chooser.py" line="163"/>
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
    <name>ItemCard</name>
    <message>
        <location filename="../ui/admin/page_questions.py" line="107"/>
        <source>Item analysis</source>
        <extracomment>a wrong answer chosen by at least this share of the answers is called a popular misconception</extracomment>
        <translation>题目质量分析</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="111"/>
        <source>discrimination: do people who do well overall get it right? (-1 to 1)</source>
        <translation>区分度：整体成绩好的人是否更能答对？（-1 到 1）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="117"/>
        <source>Working out the item analysis…</source>
        <translation>正在计算题目质量分析……</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="122"/>
        <source>Too few answers (%1) to judge: it needs at least %2 finished quizzes.</source>
        <translation>作答太少（%1 次），还无法判断：至少需要 %2 次完成的测验。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="132"/>
        <source>facility: right in %1 of %n finished quizzes</source>
        <translation>
            <numerusform>难度系数：%n 次完成的测验中答对 %1 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="137"/>
        <source>Everyone scored alike on it, so its discrimination cannot be worked out.</source>
        <translation>大家在这道题上的得分都一样，因此算不出区分度。</translation>
    </message>
</context>
<context>
    <name>LessonPicker</name>
    <message numerus="yes">
        <source>%n ticked: the challenge draws its questions from these only.</source>
        <translation>
            <numerusform>已勾选 %n 课：挑战只从这些课程出题。</numerusform>
        </translation>
    </message>
    <message>
        <source>None ticked: the challenge draws from every lesson visitors see.</source>
        <translation>一课都没勾选：挑战从参观者能看到的所有课程出题。</translation>
    </message>
    <message>
        <source>Lessons it draws from</source>
        <translation>出题的课程</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>Hidden from visitors (Settings): gives no question</source>
        <translation>已对参观者隐藏（见“设置”）：不会出题</translation>
    </message>
    <message>
        <source>No quiz: gives no question</source>
        <translation>没有测验：不会出题</translation>
    </message>
    <message>
        <source>Named in kiosk.toml, not in this lesson pack: gives no question</source>
        <translation>kiosk.toml 里有，本课程包里没有：不会出题</translation>
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
        <source>No more codes will be given: %1 were given already, as many as the stock.</source>
        <translation>不会再发出兑奖码：已经发出 %1 个，达到库存数。</translation>
    </message>
    <message>
        <location filename="../ui/admin/console.py" line="316"/>
        <source>The statistics could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/console.py" line="367"/>
        <source>the results database is not open</source>
        <translation>结果数据库没有打开</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="154"/>
        <source>Visits per hour of the day (%1 time)</source>
        <translation>每小时参观人次（%1 时间）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="156"/>
        <source>Visits per hour of the day (this computer&apos;s time)</source>
        <translation>每小时参观人次（本机时间）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="161"/>
        <source>Visits per day (%1 time)</source>
        <translation>每日参观人次（%1 时间）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="163"/>
        <source>Visits per day (this computer&apos;s time)</source>
        <translation>每日参观人次（本机时间）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="167"/>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="168"/>
        <source>Per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="173"/>
        <source>Lessons: average score and how many finished</source>
        <translation>各课程：平均分和学完人数</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="174"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="175"/>
        <source>No visits in this period yet.</source>
        <translation>这段时间还没有参观记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="176"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="182"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n 人学完</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="183"/>
        <source>%n started</source>
        <translation>
            <numerusform>%n 人开始</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="205"/>
        <source>Results are saved to %1. Free space: %2.</source>
        <translation>结果保存在 %1。剩余空间：%2。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="210"/>
        <source>Results are kept in memory only and are lost when the kiosk closes.</source>
        <translation>结果只保存在内存中，展台程序关闭后就会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="217"/>
        <source>No results database is open: answers are not being recorded.</source>
        <translation>没有打开结果数据库：作答不会被记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="220"/>
        <source>The results database cannot be opened; answers wait in memory.</source>
        <translation>无法打开结果数据库，作答暂存在内存中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="224"/>
        <source>%n writes to the results database failed since the kiosk started.</source>
        <translation>
            <numerusform>自展台启动以来，有 %n 次写入结果数据库失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="230"/>
        <source>%n records are waiting in memory to be written.</source>
        <translation>
            <numerusform>有 %n 条记录在内存中等待写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_stats.py" line="233"/>
        <source>%n records were lost (memory full or refused by the database).</source>
        <translation>
            <numerusform>有 %n 条记录丢失（内存已满或被数据库拒绝）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="237"/>
        <source>Little space left on the results disk: %1.</source>
        <translation>结果所在磁盘空间不足：%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="242"/>
        <source>A damaged results file was moved aside: %1</source>
        <translation>已将损坏的结果文件移到一旁：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="244"/>
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
    <name>PreviewWindow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 – Cyber Kiosk preview</source>
        <translation>%1 – Cyber Kiosk 预览</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Landscape, small</source>
        <translation>横屏（小）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>No problems: kiosk check finds nothing to say.</source>
        <translation>没有问题：kiosk check 什么也没发现。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>Pages and questions (click to show)</source>
        <translation>页面和题目（点击即可显示）</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>Problems found by kiosk check</source>
        <translation>kiosk check 发现的问题</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>第 %1 题：%2</translation>
    </message>
    <message>
        <source>Read at %1 in %2 s; reads again when a file is saved.</source>
        <translation>%1 读取，用时 %2 秒；文件一保存就重新读取。</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Small screen</source>
        <translation>小屏幕</translation>
    </message>
    <message>
        <source>The lesson cannot be shown as it is now: fix the problems listed and save, and it shows here.</source>
        <translation>这节课现在无法显示：改正列出的问题并保存，这里就会显示出来。</translation>
    </message>
    <message>
        <source>The lesson cannot be shown as it is now (see the problems); this is its last good version.</source>
        <translation>这节课现在无法显示（见列出的问题）；下面是它最后一个能显示的版本。</translation>
    </message>
    <message>
        <source>The lesson could not be read: %1</source>
        <translation>无法读取这节课：%1</translation>
    </message>
    <message>
        <source>The pack has no lesson that can be shown: see the problems listed.</source>
        <translation>课程包里没有能显示的课程：请看列出的问题。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>question &apos;{id}&apos; is not in the original quiz; use the same {{#id}} as there</source>
        <translation>题目“{id}”不在原文测验中：请使用与原文相同的 {{#id}}</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has {count} choices, the original has {original}; keep the same choices in the same order</source>
        <translation>题目“{id}”有 {count} 个选项，原文有 {original} 个：请保持选项相同、顺序一致</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; is a {kind} question here but a {original} question in the original; ask it the same way</source>
        <translation>题目“{id}”在这里是 {kind} 题，在原文中却是 {original} 题：请用同样的题型出题</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: the right answers differ from the original ({right})</source>
        <translation>题目“{id}”：正确答案与原文不同（原文为 {right}）</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; is marked &apos;challenge: true&apos; here but not in the original: mark the same questions in every language, so the booth challenge draws the same set</source>
        <translation>题目“{id}”在这里标了 &apos;challenge: true&apos;，原文却没有：请在每种语言里标记相同的题目，让展台挑战抽到同一组题</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; is not marked &apos;challenge: true&apos; here but in the original: mark the same questions in every language, so the booth challenge draws the same set</source>
        <translation>题目“{id}”在这里没有标 &apos;challenge: true&apos;，原文却标了：请在每种语言里标记相同的题目，让展台挑战抽到同一组题</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; of the original (line {line}) is missing in the {language} quiz</source>
        <translation>原文的题目“{id}”（第 {line} 行）在 {language} 测验中缺失</translation>
    </message>
    <message>
        <source>the quiz has no {language} translation (quiz.{language}.md); {language} visitors get the original</source>
        <translation>测验没有 {language} 译本（quiz.{language}.md）；{language} 观众看到的是原文</translation>
    </message>
    <message>
        <source>there is no quiz.md for this translation</source>
        <translation>这个译本没有对应的 quiz.md</translation>
    </message>
    <message>
        <source>lesson &apos;{id}&apos; has no {language} version (lesson.{language}.md)</source>
        <translation>课程“{id}”没有 {language} 版本（lesson.{language}.md）</translation>
    </message>
    <message>
        <source>no {language} question is marked &apos;challenge: true&apos;, though other languages have a booth challenge set: a {language} visitor&apos;s challenge draws from every question; mark the same questions in the translated quizzes</source>
        <translation>没有一道 {language} 题目标了 &apos;challenge: true&apos;，而其他语言设有展台挑战题组：{language} 观众的挑战会从全部题目中抽题；请在译文测验中标记相同的题目</translation>
    </message>
    <message>
        <source>the booth challenge set has {count} {language} question(s) marked &apos;challenge: true&apos;, fewer than the {most} a challenge asks by default: the rest are drawn from the other questions; mark more, or set a smaller [challenge] questions</source>
        <translation>展台挑战题组中只有 {count} 道 {language} 题目标了 &apos;challenge: true&apos;，少于一次挑战默认需要的 {most} 道：其余的会从其他题目中抽取；请多标几道，或把 [challenge] questions 设小一些</translation>
    </message>
    <message>
        <source>unknown exhibit &apos;{name}&apos;: write &apos;::: {known}&apos;; the line is left out</source>
        <translation>未知的展品“{name}”：请写成 &apos;::: {known}&apos;；这一行被略去</translation>
    </message>
    <message>
        <source>a page shows one exhibit; this second one is left out</source>
        <translation>一页只能放一个展品；第二个被略去</translation>
    </message>
    <message>
        <source>1280x720 and portrait 1080x1920</source>
        <translation>1280x720 和竖屏 1080x1920</translation>
    </message>
    <message>
        <source>the {key} needs about {needed} lines on a lesson card where {most} fit on the smallest screens ({screens}), so it ends with &apos;…&apos; there; shorten it to about {fits} characters</source>
        <translation>{key} 在课程卡片上大约需要 {needed} 行，而在最小的屏幕（{screens}）上只放得下 {most} 行，所以会以“…”结尾；请缩短到大约 {fits} 个字</translation>
    </message>
    <message>
        <source>the file must start with front matter: a line &apos;---&apos;, &apos;title: ...&apos;, &apos;---&apos;</source>
        <translation>文件必须以前置信息开头：一行 &apos;---&apos;、一行 &apos;title: ...&apos;、再一行 &apos;---&apos;</translation>
    </message>
    <message>
        <source>the front matter is not closed: add a line &apos;---&apos; after it</source>
        <translation>前置信息没有结束：请在它后面加一行 &apos;---&apos;</translation>
    </message>
    <message>
        <source>the front matter must be a list of &apos;key: value&apos; lines</source>
        <translation>前置信息必须是一行一个的 &apos;key: value&apos;</translation>
    </message>
    <message>
        <source>YAML reads &apos;{comment}&apos; as a comment, so the {key} is &apos;{kept}&apos;: put the value in quotes to keep all of it: {written}</source>
        <translation>YAML 把“{comment}”当成了注释，所以 {key} 只剩下“{kept}”：请给值加上引号，保留全部内容：{written}</translation>
    </message>
    <message>
        <source>YAML reads &apos;{comment}&apos; as a comment, so the item is &apos;{kept}&apos;: put the value in quotes to keep all of it: {written}</source>
        <translation>YAML 把“{comment}”当成了注释，所以这一项只剩下“{kept}”：请给值加上引号，保留全部内容：{written}</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not allowed here</source>
        <translation>这里不能使用 YAML 锚点和别名（&amp; 和 *）</translation>
    </message>
    <message>
        <source>the YAML is too deeply nested</source>
        <translation>YAML 嵌套层数太多</translation>
    </message>
    <message>
        <source>YAML tags such as !!python/object are not allowed</source>
        <translation>不能使用 !!python/object 这样的 YAML 标签</translation>
    </message>
    <message>
        <source>malformed front matter: {problem}; check the quotes and the indentation</source>
        <translation>前置信息格式有误：{problem}；请检查引号和缩进</translation>
    </message>
    <message>
        <source>the quote that starts this value is never closed: end the value with {quote} on the same line</source>
        <translation>这个值开头的引号没有闭合：请在同一行的值末尾加上 {quote}</translation>
    </message>
    <message>
        <source>the value is in curly quotes ({opening} {closing}), which YAML does not read as quotes; use straight quotes: {written}</source>
        <translation>这个值用的是弯引号（{opening} {closing}），YAML 不把它当作引号；请改用直引号：{written}</translation>
    </message>
    <message>
        <source>the value holds &apos;: &apos;, which YAML reads as another key; put the value in quotes: {written}</source>
        <translation>这个值里有“: ”，YAML 会把它当成另一个键；请给值加上引号：{written}</translation>
    </message>
    <message>
        <source>a value starting with &apos;{sign}&apos; means something else to YAML; put the value in quotes: {written}</source>
        <translation>以“{sign}”开头的值对 YAML 有特殊含义；请给值加上引号：{written}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>未知的键“{key}”（是不是想写“{close}”？）</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;; known keys: {known}</source>
        <translation>未知的键“{key}”；可用的键有：{known}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a text: YAML reads yes, no, on, off, true and false as a yes/no answer; put the value in quotes, like {example}</source>
        <translation>“{key}”必须是文字：YAML 会把 yes、no、on、off、true 和 false 当作是/否；请给值加上引号，例如 {example}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a text</source>
        <translation>“{key}”必须是文字</translation>
    </message>
    <message>
        <source>an item of &apos;{key}&apos; holds &apos;: &apos;, which YAML reads as a key; put the item in quotes: {written}</source>
        <translation>“{key}”中有一项含有“: ”，YAML 会把它当成键；请给这一项加上引号：{written}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of texts, one per line starting with &apos;- &apos;</source>
        <translation>“{key}”必须是文字列表，每行一项，以 &apos;- &apos; 开头</translation>
    </message>
    <message>
        <source>&apos;{key}:&apos; is read only in &apos;{owner}&apos; questions; question &apos;{id}&apos; is &apos;{kind}&apos;, so the line is left out (write &apos;kind: {owner}&apos; under the heading?)</source>
        <translation>&apos;{key}:&apos; 只在“{owner}”题中有效；题目“{id}”是“{kind}”题，所以这一行被略去（是否要在标题下写 &apos;kind: {owner}&apos;？）</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has only one choice</source>
        <translation>题目“{id}”只有一个选项</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; is &apos;kind: single&apos; but {count} choices are marked right: mark exactly one with &apos;- [x]&apos;, or write &apos;kind: multiple&apos;</source>
        <translation>题目“{id}”是 &apos;kind: single&apos;（单选），却有 {count} 个选项标为正确：请只用 &apos;- [x]&apos; 标一个，或写 &apos;kind: multiple&apos;</translation>
    </message>
    <message>
        <source>spot-the-flags question &apos;{id}&apos; has no picture: add a line &apos;picture: images/message.svg&apos; under its heading</source>
        <translation>找可疑之处题“{id}”没有图片：请在标题下加一行 &apos;picture: images/message.svg&apos;</translation>
    </message>
    <message>
        <source>cannot tell the size of picture &apos;{src}&apos;: give an SVG a viewBox (or width and height), or use a PNG or JPEG</source>
        <translation>无法得知图片“{src}”的大小：请给 SVG 加上 viewBox（或宽和高），或改用 PNG 或 JPEG</translation>
    </message>
    <message>
        <source>part &apos;{id}&apos; has no area: add a line &apos;  area: x, y, width, height&apos; under it (in the picture&apos;s units, from its top left corner), or &apos;  area: #id&apos; for an element of an SVG</source>
        <translation>图中部分“{id}”没有区域：请在它下面加一行 &apos;  area: x, y, width, height&apos;（用图片的单位，从左上角算起），或用 &apos;  area: #id&apos; 指定 SVG 中的元素</translation>
    </message>
    <message>
        <source>the picture &apos;{src}&apos; has no element with id=&quot;{name}&quot; (did you mean &apos;#{close}&apos;?)</source>
        <translation>图片“{src}”中没有 id=&quot;{name}&quot; 的元素（是不是想写“#{close}”？）</translation>
    </message>
    <message>
        <source>the picture &apos;{src}&apos; has no element with id=&quot;{name}&quot;</source>
        <translation>图片“{src}”中没有 id=&quot;{name}&quot; 的元素</translation>
    </message>
    <message>
        <source>the element #{name} spans x {left} to {right} and y {top} to {bottom}, which is not inside the picture &apos;{src}&apos;, which spans x {picture_left} to {picture_right} and y {picture_top} to {picture_bottom}; move the element into the picture</source>
        <translation>元素 #{name} 的范围是 x {left} 到 {right}、y {top} 到 {bottom}，不在图片“{src}”之内（图片范围是 x {picture_left} 到 {picture_right}、y {picture_top} 到 {picture_bottom}）；请把元素移到图片里</translation>
    </message>
    <message>
        <source>&apos;area: #{name}&apos; needs an SVG picture; &apos;{src}&apos; is not one: give a rectangle &apos;x, y, width, height&apos;</source>
        <translation>&apos;area: #{name}&apos; 需要 SVG 图片，而“{src}”不是：请给出一个矩形 &apos;x, y, width, height&apos;</translation>
    </message>
    <message>
        <source>&apos;area: {area}&apos; is not an area: write four numbers &apos;x, y, width, height&apos; or &apos;#id&apos;</source>
        <translation>&apos;area: {area}&apos; 不是有效的区域：请写四个数 &apos;x, y, width, height&apos;，或写 &apos;#id&apos;</translation>
    </message>
    <message>
        <source>an area&apos;s width and height must be more than 0</source>
        <translation>区域的宽和高必须大于 0</translation>
    </message>
    <message>
        <source>the area {area} is not inside the picture &apos;{src}&apos;, which spans x {picture_left} to {picture_right} and y {picture_top} to {picture_bottom}</source>
        <translation>区域 {area} 不在图片“{src}”之内（图片范围是 x {picture_left} 到 {picture_right}、y {picture_top} 到 {picture_bottom}）</translation>
    </message>
    <message>
        <source>&apos;need: {need}&apos; must be a whole number of flags from 1 to {flags} (how many a visitor must find to answer right)</source>
        <translation>&apos;need: {need}&apos; 必须是 1 到 {flags} 之间的整数（观众要找到几处可疑之处才算答对）</translation>
    </message>
    <message>
        <source>part &apos;{id}&apos; has no explanation: add a &apos;  &gt; ...&apos; line under it saying why it is a red flag</source>
        <translation>图中部分“{id}”没有说明：请在它下面加一行 &apos;  &gt; ...&apos;，说明它为什么可疑</translation>
    </message>
    <message>
        <source>part &apos;{id}&apos; has no explanation: add a &apos;  &gt; ...&apos; line under it saying why it is fine</source>
        <translation>图中部分“{id}”没有说明：请在它下面加一行 &apos;  &gt; ...&apos;，说明它为什么没问题</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has no red flag: mark one part with &apos;- [x]&apos;</source>
        <translation>题目“{id}”没有可疑之处：请用 &apos;- [x]&apos; 至少标出一处</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has no decoys: keyboard users step through every part, so each stop is a flag; add a harmless part or two with &apos;- [ ]&apos; (a tap on one says why it is fine)</source>
        <translation>题目“{id}”没有干扰项：用键盘的观众会逐个经过每个部分，所以每一站都是可疑之处；请用 &apos;- [ ]&apos; 加一两处无害的部分（点到它时会说明为什么没问题）</translation>
    </message>
    <message>
        <source>true/false question &apos;{id}&apos; has {count} choices: it needs exactly two, &apos;- [ ] True&apos; and &apos;- [ ] False&apos;, one of them marked &apos;- [x]&apos;</source>
        <translation>判断题“{id}”有 {count} 个选项：它需要恰好两个，&apos;- [ ] True&apos; 和 &apos;- [ ] False&apos;，其中一个标为 &apos;- [x]&apos;</translation>
    </message>
    <message>
        <source>true/false question &apos;{id}&apos;: the choice &apos;{choice}&apos; is neither True nor False; write True or False (对 or 错), or end it with {{#true}} or {{#false}}</source>
        <translation>判断题“{id}”：选项“{choice}”既不是 True 也不是 False；请写 True 或 False（对 或 错），或在末尾加上 {{#true}} 或 {{#false}}</translation>
    </message>
    <message>
        <source>true/false question &apos;{id}&apos; needs one True choice and one False choice</source>
        <translation>判断题“{id}”需要一个 True 选项和一个 False 选项</translation>
    </message>
    <message>
        <source>true/false question &apos;{id}&apos; has {count} choices marked right: mark exactly one with &apos;- [x]&apos;</source>
        <translation>判断题“{id}”有 {count} 个选项标为正确：请只用 &apos;- [x]&apos; 标一个</translation>
    </message>
    <message>
        <source>pack.yaml must be a list of &apos;key: value&apos; lines</source>
        <translation>pack.yaml 必须是一行一个的 &apos;key: value&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds HTML markup (&apos;{markup}&apos;); it is shown as plain text, tags and all: remove the tags</source>
        <translation>“{key}”中含有 HTML 标记（“{markup}”）；它会连同标签一起按纯文字显示：请删掉这些标签</translation>
    </message>
    <message>
        <source>&apos;minutes&apos; must be a number of minutes from 1 to {most}, like 3</source>
        <translation>&apos;minutes&apos; 必须是 1 到 {most} 之间的分钟数，例如 3</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a number from -{most} to {most}, like 1</source>
        <translation>&apos;order&apos; 必须是 -{most} 到 {most} 之间的数，例如 1</translation>
    </message>
    <message>
        <source>the lesson needs a title: &apos;{key}&apos; is not a known key (did you mean &apos;title&apos;?)</source>
        <translation>课程需要标题：“{key}”不是可用的键（是不是想写 &apos;title&apos;？）</translation>
    </message>
    <message>
        <source>the lesson needs a title: add &apos;title: ...&apos; to the front matter</source>
        <translation>课程需要标题：请在前置信息中加上 &apos;title: ...&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not read: it was saved as a text file (&apos;.txt&apos; at the end, which Windows hides); rename it &apos;{meant}&apos; (in Notepad, Save as type: All files)</source>
        <translation>没有读取“{name}”：它被存成了文本文件（末尾有 Windows 隐藏的 &apos;.txt&apos;）；请改名为“{meant}”（在记事本里另存时，保存类型选“所有文件”）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not read: a Word or WPS document is not plain text; save it as plain text named &apos;{meant}&apos;, or copy its text into a file of that name</source>
        <translation>没有读取“{name}”：Word 或 WPS 文档不是纯文本；请另存为名为“{meant}”的纯文本文件，或把内容复制到这个名字的文件里</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link; lessons and quizzes must be real files inside the pack (copy the file here instead)</source>
        <translation>“{name}”是符号链接；课程和测验必须是课程包里的真实文件（请把文件复制到这里）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not read: a lesson is &apos;lesson.md&apos;, a quiz &apos;quiz.md&apos;, and their translations &apos;lesson.&lt;language&gt;.md&apos; like &apos;lesson.zh-CN.md&apos; (all in lower case)</source>
        <translation>没有读取“{name}”：课程文件名是 &apos;lesson.md&apos;，测验是 &apos;quiz.md&apos;，译本是 &apos;lesson.&lt;语言&gt;.md&apos;，例如 &apos;lesson.zh-CN.md&apos;（全部小写）</translation>
    </message>
    <message>
        <source>&apos;{other}&apos; and &apos;{used}&apos; are both the {language} version; only &apos;{used}&apos; is used: remove the other</source>
        <translation>“{other}”和“{used}”都是 {language} 版本；只使用“{used}”：请删掉另一个</translation>
    </message>
    <message>
        <source>lesson &apos;{id}&apos; has no lesson.md: &apos;{named}&apos; is in the pack&apos;s default language ({language}), whose files have no code; rename it lesson.md</source>
        <translation>课程“{id}”没有 lesson.md：“{named}”是课程包的默认语言（{language}），默认语言的文件名不带语言代码；请改名为 lesson.md</translation>
    </message>
    <message>
        <source>lesson &apos;{id}&apos; has translations but no lesson.md</source>
        <translation>课程“{id}”有译本，却没有 lesson.md</translation>
    </message>
    <message>
        <source>folder &apos;{id}&apos; has no lesson.md, so it is not a lesson</source>
        <translation>文件夹“{id}”里没有 lesson.md，所以它不是课程</translation>
    </message>
    <message>
        <source>lesson folder &apos;{id}&apos; should be named with lower-case letters, digits and &apos;-&apos;</source>
        <translation>课程文件夹“{id}”的名字应只用小写字母、数字和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the default language; name it lesson.md</source>
        <translation>“{name}”是默认语言的文件；请改名为 lesson.md</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no matching lesson file, so it is never shown</source>
        <translation>“{name}”没有对应的课程文件，所以永远不会显示</translation>
    </message>
    <message>
        <source>the lesson folder does not exist; check the &apos;lessons&apos; setting</source>
        <translation>课程文件夹不存在；请检查 &apos;lessons&apos; 设置</translation>
    </message>
    <message>
        <source>this folder is a link to a place outside the lesson pack; copy the lesson here</source>
        <translation>这个文件夹是指向课程包以外的链接；请把课程复制到这里</translation>
    </message>
    <message>
        <source>cannot read the folder: {problem}</source>
        <translation>无法读取文件夹：{problem}</translation>
    </message>
    <message>
        <source>lesson id &apos;{id}&apos; clashes with &apos;{other}&apos; (ids must differ in more than case)</source>
        <translation>课程 id“{id}”与“{other}”冲突（id 不能只有大小写不同）</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a list of lesson ids</source>
        <translation>&apos;order&apos; 必须是课程 id 的列表</translation>
    </message>
    <message>
        <source>lesson &apos;{id}&apos; is listed twice in &apos;order&apos;</source>
        <translation>课程“{id}”在 &apos;order&apos; 中列了两次</translation>
    </message>
    <message>
        <source>&apos;order&apos; names lesson &apos;{id}&apos;, which does not exist</source>
        <translation>&apos;order&apos; 中的课程“{id}”不存在</translation>
    </message>
    <message>
        <source>this page is empty; remove the extra &apos;---&apos;</source>
        <translation>这一页是空的；请删掉多余的 &apos;---&apos;</translation>
    </message>
    <message>
        <source>the lesson has no pages</source>
        <translation>课程没有任何页面</translation>
    </message>
    <message>
        <source>cover: {problem}</source>
        <translation>封面（cover）：{problem}</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>无法读取（{problem}）</translation>
    </message>
    <message>
        <source>is compressed (save it as a plain .svg)</source>
        <translation>是压缩过的（请另存为普通 .svg）</translation>
    </message>
    <message>
        <source>refers to something outside itself: {found}; embed pictures or remove the reference</source>
        <translation>引用了它以外的内容：{found}；请把要用的图片嵌入 SVG，或删掉这个引用</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels, too large to show (at most {most} pixels, like 4096 x 4096); make it smaller</source>
        <translation>有 {width} x {height} 像素，太大无法显示（最多 {most} 像素，约 4096 x 4096）；请缩小</translation>
    </message>
    <message>
        <source>the right answer is the longest choice in {longest} of {judged} single-answer questions of the {language} quizzes taken together: visitors can pass by picking the longest; make some wrong answers as long and as believable as the right one (at most {share} of the questions should have the right answer as the one longest choice)</source>
        <translation>在 {language} 的全部测验中，{judged} 道单选题里有 {longest} 道的正确答案是最长的选项：观众只要选最长的就能及格；请把一些错误选项写得和正确答案一样长、一样可信（正确答案是唯一最长选项的题目最多占 {share}）</translation>
    </message>
    <message>
        <source>the right answer is the longest choice in {longest} of {judged} single-answer questions (lines {lines}): visitors can pass by picking the longest; make some wrong answers as long and as believable as the right one (at most {share} of the questions should have the right answer as the one longest choice)</source>
        <translation>{judged} 道单选题里有 {longest} 道的正确答案是最长的选项（第 {lines} 行）：观众只要选最长的就能及格；请把一些错误选项写得和正确答案一样长、一样可信（正确答案是唯一最长选项的题目最多占 {share}）</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has only two choices, so a guess is right half the time: add a third believable choice, or, if it is a statement to judge, make it a true/false question (&apos;- [x] True&apos; and &apos;- [ ] False&apos;)</source>
        <translation>题目“{id}”只有两个选项，瞎猜也有一半机会答对：请再加一个可信的选项；如果这是要判断对错的说法，就改成判断题（&apos;- [x] True&apos; 和 &apos;- [ ] False&apos;）</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: choices {first} and {second} say the same (&apos;{shown}&apos;): visitors cannot tell them apart; reword one or remove it</source>
        <translation>题目“{id}”：第 {first} 和第 {second} 个选项说的是同一件事（“{shown}”）：观众分不出来；请改写或删掉其中一个</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: choices {first} and {second} say nearly the same (&apos;{shown}&apos;): visitors cannot tell them apart; reword one or remove it</source>
        <translation>题目“{id}”：第 {first} 和第 {second} 个选项说的几乎一样（“{shown}”）：观众分不出来；请改写或删掉其中一个</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: choice {number} (&apos;{choice}&apos;) points at the other choices, but the choices are shuffled, so it may not come last: write &apos;shuffle: false&apos; on a line under the question&apos;s heading and put that choice last</source>
        <translation>题目“{id}”：第 {number} 个选项（“{choice}”）指向其他选项，但选项会被打乱，它不一定排在最后：请在题目标题下加一行 &apos;shuffle: false&apos;，并把这个选项放在最后</translation>
    </message>
    <message>
        <source>text before the first question is ignored; start a question with &apos;## &apos;</source>
        <translation>第一道题之前的文字会被忽略；题目要以 &apos;## &apos; 开头</translation>
    </message>
    <message>
        <source>this line looks like a choice but does not start with &apos;- &apos;: write &apos;- [x] ...&apos; for a right choice or &apos;- [ ] ...&apos; for a wrong one</source>
        <translation>这一行看起来像选项，但没有以 &apos;- &apos; 开头：正确选项写成 &apos;- [x] ...&apos;，错误选项写成 &apos;- [ ] ...&apos;</translation>
    </message>
    <message>
        <source>this &apos;&gt;&apos; quote right under a choice is the question&apos;s explanation, shown after every answer; indent it by two spaces to make it that choice&apos;s feedback, or put a blank line before it to keep it the explanation</source>
        <translation>紧跟在选项下面的 &apos;&gt;&apos; 引用会成为整道题的解析，每次作答后都会显示；如果想作为这个选项的反馈，请缩进两个空格；如果确实是解析，请在它前面空一行</translation>
    </message>
    <message>
        <source>a choice must start with &apos;- [x]&apos; (right) or &apos;- [ ]&apos; (wrong)</source>
        <translation>选项必须以 &apos;- [x]&apos;（正确）或 &apos;- [ ]&apos;（错误）开头</translation>
    </message>
    <message>
        <source>unknown question kind &apos;{kind}&apos;: write one of {kinds}</source>
        <translation>未知的题型“{kind}”：请写以下之一：{kinds}</translation>
    </message>
    <message>
        <source>&apos;shuffle: {value}&apos;: write &apos;shuffle: false&apos; to keep this question&apos;s choices in the file&apos;s order, or leave the line out</source>
        <translation>&apos;shuffle: {value}&apos;：要让这道题的选项按文件中的顺序排列，请写 &apos;shuffle: false&apos;，否则删掉这一行</translation>
    </message>
    <message>
        <source>&apos;challenge: {value}&apos;: write &apos;challenge: true&apos; to put this question in the pack&apos;s booth challenge set; the line is ignored</source>
        <translation>&apos;challenge: {value}&apos;：要把这道题放进课程包的展台挑战题组，请写 &apos;challenge: true&apos;；这一行被忽略</translation>
    </message>
    <message>
        <source>the question has no text after the &apos;#&apos;</source>
        <translation>题目的 &apos;#&apos; 后面没有文字</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has no choices: add lines &apos;- [x] ...&apos; and &apos;- [ ] ...&apos;</source>
        <translation>题目“{id}”没有选项：请加上 &apos;- [x] ...&apos; 和 &apos;- [ ] ...&apos; 这样的行</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has no correct choice: mark one with &quot;- [x]&quot;</source>
        <translation>题目“{id}”没有正确选项：请用 &quot;- [x]&quot; 标出一个</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos; has {count} choices; at most {most} fit on a screen</source>
        <translation>题目“{id}”有 {count} 个选项；一屏最多放得下 {most} 个</translation>
    </message>
    <message>
        <source>text after the choices is ignored: indent it under a choice, or start it with &apos;&gt;&apos; to make it the explanation</source>
        <translation>选项之后的文字会被忽略：请把它缩进到某个选项下面，或以 &apos;&gt;&apos; 开头作为解析</translation>
    </message>
    <message>
        <source>two choices have the id &apos;{id}&apos;</source>
        <translation>有两个选项的 id 都是“{id}”</translation>
    </message>
    <message>
        <source>this choice is empty</source>
        <translation>这个选项是空的</translation>
    </message>
    <message>
        <source>&apos;pass_mark&apos; must be a percentage from 0 to 100</source>
        <translation>&apos;pass_mark&apos; 必须是 0 到 100 之间的百分数</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>“{key}”必须是 true 或 false</translation>
    </message>
    <message>
        <source>&apos;draw&apos; must be a whole number of questions, from 1 to {most}</source>
        <translation>&apos;draw&apos; 必须是 1 到 {most} 之间的整数（题目数）</translation>
    </message>
    <message>
        <source>&apos;draw&apos; asks for {draw} questions but the quiz has only {count}</source>
        <translation>&apos;draw&apos; 要抽 {draw} 道题，但测验只有 {count} 道</translation>
    </message>
    <message>
        <source>the quiz has {count} questions; at most {most} are asked, the rest from here on are left out</source>
        <translation>测验有 {count} 道题；最多只出 {most} 道，从这里开始的其余题目被略去</translation>
    </message>
    <message>
        <source>question id &apos;{id}&apos; is already used on line {line}</source>
        <translation>题目 id“{id}”已在第 {line} 行用过</translation>
    </message>
    <message>
        <source>question id &apos;{id}&apos; should use only lower-case letters, digits and &apos;-&apos;</source>
        <translation>题目 id“{id}”应只用小写字母、数字和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>the quiz has no questions: start each one with &apos;## &apos;</source>
        <translation>测验里没有题目：每道题要以 &apos;## &apos; 开头</translation>
    </message>
    <message>
        <source>{count} tags are opened with &apos;&lt;&apos; but never closed with &apos;&gt;&apos; (at most {most}); they are shown as plain text</source>
        <translation>有 {count} 个标签以 &apos;&lt;&apos; 开始却没有用 &apos;&gt;&apos; 结束（最多 {most} 个）；它们按纯文字显示</translation>
    </message>
    <message>
        <source>this paragraph holds {count} &apos;[&apos; and &apos;&lt;&apos; (at most {most}); it is shown as plain text, without its links, pictures and formatting: split it up</source>
        <translation>这一段有 {count} 个 &apos;[&apos; 和 &apos;&lt;&apos;（最多 {most} 个）；它会按纯文字显示，没有链接、图片和格式：请拆成几段</translation>
    </message>
    <message>
        <source>this paragraph is {count} characters long (at most {most}); it is shown as plain text, without its links, pictures and formatting: split it up</source>
        <translation>这一段有 {count} 个字符（最多 {most} 个）；它会按纯文字显示，没有链接、图片和格式：请拆成几段</translation>
    </message>
    <message>
        <source>lists or quotes are nested more than {most} levels deep; the deeper levels are shown as plain text</source>
        <translation>列表或引用嵌套超过 {most} 层；更深的层按纯文字显示</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not allowed and was removed</source>
        <translation>“{shown}”不允许使用，已被删除</translation>
    </message>
    <message>
        <source>the text is nested too deeply to show</source>
        <translation>文字嵌套太深，无法显示</translation>
    </message>
    <message>
        <source>absolute paths are not allowed; use a path relative to the lesson folder</source>
        <translation>不允许使用绝对路径；请使用相对于课程文件夹的路径</translation>
    </message>
    <message>
        <source>the picture has no path</source>
        <translation>图片没有路径</translation>
    </message>
    <message>
        <source>pictures from the internet are not allowed (the kiosk is offline); save it in the lesson folder</source>
        <translation>不允许使用网上的图片（展台不联网）；请把图片保存到课程文件夹里</translation>
    </message>
    <message>
        <source>&apos;{scheme}:&apos; addresses are not allowed; use a path inside the lesson folder</source>
        <translation>不允许使用“{scheme}:”地址；请使用课程文件夹内的路径</translation>
    </message>
    <message>
        <source>&apos;..&apos; in a picture path is not allowed; keep pictures inside the lesson folder or assets/</source>
        <translation>图片路径中不允许有 &apos;..&apos;；请把图片放在课程文件夹或 assets/ 里</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a picture (use .svg, .png, .jpg, .gif or .webp)</source>
        <translation>“{path}”不是图片（请使用 .svg、.png、.jpg、.gif 或 .webp）</translation>
    </message>
    <message>
        <source>picture &apos;{src}&apos; is a link to a place outside the lesson pack</source>
        <translation>图片“{src}”是指向课程包以外的链接</translation>
    </message>
    <message>
        <source>picture &apos;{src}&apos; not found in the lesson folder</source>
        <translation>在课程文件夹里找不到图片“{src}”</translation>
    </message>
    <message>
        <source>picture &apos;{src}&apos; is larger than 10 MiB; make it smaller</source>
        <translation>图片“{src}”超过 10 MiB；请缩小</translation>
    </message>
    <message>
        <source>picture &apos;{src}&apos; {problem}</source>
        <translation>图片“{src}”{problem}</translation>
    </message>
    <message>
        <source>&apos;link&apos; must be a web address in quotes, like &quot;https://www.example.org/page&quot;</source>
        <translation>&apos;link&apos; 必须是加了引号的网址，例如 &quot;https://www.example.org/page&quot;</translation>
    </message>
    <message>
        <source>&apos;link&apos; must start with https:// (phones warn about other addresses); it is not used</source>
        <translation>&apos;link&apos; 必须以 https:// 开头（其他网址手机会报警告）；未使用</translation>
    </message>
    <message>
        <source>&apos;link&apos; is not a web address ({link}); it is not used</source>
        <translation>&apos;link&apos; 不是网址（{link}）；未使用</translation>
    </message>
    <message>
        <source>the lesson has no &apos;tips&apos; ({language}), so the take-home QR code on its result screen shows the pack&apos;s tips; add 2 or 3 short tips</source>
        <translation>课程没有 &apos;tips&apos;（{language}），所以结果页上的带走二维码显示的是课程包的提示；请写 2 到 3 条简短的提示</translation>
    </message>
    <message>
        <source>the lesson has no &apos;tips&apos; ({language}), so its result screen shows no take-home QR code; add 2 or 3 short tips</source>
        <translation>课程没有 &apos;tips&apos;（{language}），所以结果页上没有带走二维码；请写 2 到 3 条简短的提示</translation>
    </message>
    <message>
        <source>the take-home QR code&apos;s text is {size} bytes (title, tips and link; a Chinese character counts 3): above {limit}, phones struggle to read it off the screen; shorten the tips</source>
        <translation>带走二维码的文字有 {size} 字节（标题、提示和链接；一个汉字算 3 字节）：超过 {limit} 字节，手机就很难从屏幕上扫出来；请缩短提示</translation>
    </message>
    <message>
        <source>cannot read the file: {problem}</source>
        <translation>无法读取文件：{problem}</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes); save it as UTF-8 text</source>
        <translation>这不是文本文件（含有 NUL 字节）；请存为 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte {byte}); save it as UTF-8 in your editor</source>
        <translation>文件不是有效的 UTF-8（字节 {byte}）；请在编辑器里存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is too large ({size}; at most {most}); split it up</source>
        <translation>文件太大（{size}；最多 {most}）；请拆分</translation>
    </message>
    <message>
        <source>this is not a regular file; save the text as a file here</source>
        <translation>这不是普通文件；请把内容另存为一个普通文件放在这里</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
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
    <message>
        <location filename="../ui/screens/question.py"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py"/>
        <source>Answer %1</source>
        <translation>答案 %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py"/>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Tap every part of the picture that looks suspicious.</source>
        <translation>点出图中所有看起来可疑的地方。</translation>
    </message>
    <message>
        <source>Each red flag you find lights up with a number and says why. Check when you are done: the ones you missed are shown too.</source>
        <translation>每找到一处可疑之处，它就会亮起并标上序号，还会告诉你原因。找完后提交，漏掉的也会标出来。</translation>
    </message>
    <message>
        <source>You found %1 of %2 red flags.</source>
        <translation>%2处可疑之处，你找到了%1处。</translation>
    </message>
    <message>
        <source>Harmless parts tapped: %1 (each takes one found flag off).</source>
        <translation>点了%1处没问题的地方（每点一处，就抵消一处找到的可疑之处）。</translation>
    </message>
    <message>
        <location filename="../ui/screens/question.py" line="209" />
        <source>Booth challenge</source>
        <extracomment>the least width (1080p pixels, times the text scale) the feedback gets beside the answers; with less, the feedback goes under them about how much wider (1080p pixels, times the text scale) an answer gets once its verdict shows</extracomment>
        <translation>展台挑战</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message numerus="yes">
        <source>Bars: the share of the %n answers that missed each red flag, or tapped a harmless part.</source>
        <translation>
            <numerusform>条形：在这 %n 次回答中，漏掉每个可疑之处、或点了无害部分的比例。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="229"/>
        <source>Tap a question to see how visitors answered it. Pale bars: fewer than %1 answers so far.</source>
        <translation>点一道题，查看参观者是怎样作答的。浅色条表示作答还不足 %1 次。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="232"/>
        <source>No answers in this period yet.</source>
        <translation>这段时间还没有作答记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="226"/>
        <source>Share of answers that were right, hardest question first</source>
        <translation>各题作答的答对比例（最难的排在前面）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="256"/>
        <source>%n answers</source>
        <translation>
            <numerusform>%n 次作答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="259"/>
        <source>see the advice</source>
        <translation>有修改建议</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="271"/>
        <source>How visitors answered</source>
        <translation>参观者的作答情况</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="273"/>
        <source>Choose a question on the left.</source>
        <translation>请在左侧选择一道题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="291"/>
        <source>Bars: the share of the %n answers that included each choice. Visitors could pick several, so the shares add up to more than 100%.</source>
        <translation>
            <numerusform>条形图：%n 次作答中选了该选项的比例。参观者可以多选，所以各项比例相加会超过 100%。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/page_questions.py" line="297"/>
        <source>Bars: the share of the %n answers that chose each choice.</source>
        <translation>
            <numerusform>条形图：%n 次作答中选择该选项的比例。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="312"/>
        <source>right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="316"/>
        <source>part of the most chosen wrong answer</source>
        <translation>属于选得最多的错误答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="318"/>
        <source>most chosen wrong answer</source>
        <translation>选得最多的错误答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="321"/>
        <source>no longer in the lesson</source>
        <translation>课程中已没有此选项</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="323"/>
        <source>wrong answer</source>
        <translation>错误答案</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="325"/>
        <source>almost nobody chooses it</source>
        <translation>几乎没人选</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="345"/>
        <source>Popular misconception: %1 of the answers (%3 of %4) were exactly this wrong combination: “%2”.</source>
        <translation>常见误区：%1 的作答（%4 次中的 %3 次）恰好选了这个错误组合：“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_questions.py" line="348"/>
        <source>Popular misconception: %1 of the answers (%3 of %4) chose “%2”.</source>
        <translation>常见误区：%1 的作答（%4 次中的 %3 次）选了“%2”。</translation>
    </message>
    <message>
        <source>red flag: missed</source>
        <translation>可疑之处：漏掉</translation>
    </message>
    <message>
        <source>harmless part: tapped</source>
        <translation>没问题的地方：被点</translation>
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
    <message>
        <location filename="../ui/screens/reader.py"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../ui/screens/result.py" line="206"/>
        <source>Try another lesson</source>
        <translation>再学一课</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="207"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="215"/>
        <source>Well done, you passed!</source>
        <translation>真棒，你通过了！</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="218"/>
        <source>%1 of %2 right (%3%)</source>
        <translation>共 %2 题，答对 %1 题（%3%）</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="224"/>
        <source>Pass mark: %1%</source>
        <translation>及格线：%1%</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="231"/>
        <source>Worth another look</source>
        <translation>这几道题值得再看看</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="233"/>
        <source>You got every question right.</source>
        <translation>你全部答对了。</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="239"/>
        <source>Right answers: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="240"/>
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="205"/>
        <source>Try this lesson again</source>
        <translation>这节课再试一次</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="215"/>
        <source>Good effort! Want another go?</source>
        <translation>很努力了！再试一次？</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py" line="228"/>
        <source>Read the lesson again and have another try. Each go makes it stick.</source>
        <translation>再读一遍，再试一次，记得更牢。</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py"/>
        <source>Your result</source>
        <translation>你的结果</translation>
    </message>
    <message>
        <location filename="../ui/screens/result.py"/>
        <source>Questions to look at again</source>
        <translation>值得再看一遍的题目</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>Leave the challenge?</source>
        <translation>要离开挑战吗？</translation>
    </message>
    <message>
        <source>You go back to the start screen. The next challenge has new questions.</source>
        <translation>将回到首页。下次挑战会换一组新题。</translation>
    </message>
    <message>
        <source>You go back to the lessons. The next challenge has new questions.</source>
        <translation>将回到课程列表。下次挑战会换一组新题。</translation>
    </message>
    <message>
        <source>Stay in the challenge</source>
        <translation>继续挑战</translation>
    </message>
    <message>
        <source>Leave the challenge</source>
        <translation>离开挑战</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="131"/>
        <source>Leave this quiz?</source>
        <extracomment>the thread parsing lessons ahead (``warm_lessons``), and what stops it lessons that raised an unexpected error: shown as unavailable until the pack is replaced</extracomment>
        <translation>要离开这个测验吗？</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="132"/>
        <source>If you leave now, the quiz starts again from the first question next time.</source>
        <translation>现在离开的话，下次会从第一题重新开始。</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="133"/>
        <source>Stay in the quiz</source>
        <translation>继续答题</translation>
    </message>
    <message>
        <location filename="../ui/router.py" line="134"/>
        <source>Leave the quiz</source>
        <translation>离开测验</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/admin/page_settings.py" line="209"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="212"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="214"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="215"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="283"/>
        <source>Choose at least one lesson to show.</source>
        <translation>请至少选择一节要展示的课程。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="287"/>
        <source>Applied now, but not saved for the next start: %1</source>
        <translation>已生效，但没能保存，下次启动会恢复原样：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="291"/>
        <source>Saved and applied.</source>
        <translation>已保存并生效。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="296"/>
        <source>Event or class label</source>
        <translation>活动或班级标签</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="297"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="298"/>
        <source>Visitor idle timeout</source>
        <translation>参观者无操作超时</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="299"/>
        <source>Console idle timeout</source>
        <translation>控制台无操作超时</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="303"/>
        <source>e.g. Booth day 2, Class 7B</source>
        <translation>例如：展位第 2 天、初一（2）班</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="305"/>
        <source>The label is stamped on new visits, so results can be filtered by event or class.</source>
        <translation>新的参观记录都会带上这个标签，之后可以按活动或班级筛选结果。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="307"/>
        <source>Lessons shown to visitors</source>
        <translation>向参观者展示的课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="308"/>
        <source>Untick a lesson to hide it; use the arrows to change the order.</source>
        <translation>取消勾选即可隐藏课程；用箭头调整顺序。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="309"/>
        <source>Save and apply</source>
        <translation>保存并应用</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="310"/>
        <source>Keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_settings.py" line="311"/>
        <source>Change PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Every visit starts with</source>
        <translation>每次访问开始时</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>A visitor changes these for their own visit with the accessibility button; the next visit starts here again.</source>
        <translation>参观者可以用无障碍按钮为自己这次访问调整这些设置；下一位参观者又从这里的设置开始。</translation>
    </message>
</context>
<context>
    <name>StatGroup</name>
    <message>
        <location filename="../ui/admin/page_stats.py" line="85"/>
        <source>visits</source>
        <extracomment>below this much free space the console warns (a day at a busy booth writes a few megabytes)</extracomment>
        <translation>参观人次</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="86"/>
        <source>lessons finished</source>
        <translation>学完的课程</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_stats.py" line="87"/>
        <source>average score</source>
        <translation>平均分</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>No question was answered in this period.</source>
        <translation>这段时间没有人回答题目。</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>%1 (right answer)</source>
        <translation>%1（正确答案）</translation>
    </message>
    <message>
        <source>Every choice with the share of answers that chose it; green bars are right choices.</source>
        <translation>每个选项及选择它的回答所占比例；绿色为正确选项。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;</source>
        <translation>活动“%1”</translation>
    </message>
    <message>
        <source>time zone: %1</source>
        <translation>时区：%1</translation>
    </message>
    <message>
        <source>People who do well overall get this wrong: check the key.</source>
        <translation>整体答得好的人反而答错这道题：请检查标准答案。</translation>
    </message>
    <message>
        <source>This question hardly tells who knows the topic from who does not: check the key, and that it asks one clear thing.</source>
        <translation>这道题几乎分不出谁懂、谁不懂：请检查正确答案是否标对，题目是否只问了一件清楚的事。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Almost nobody chooses the wrong answer %1: make it more believable.</source>
        <translation>几乎没有人选错误选项 %1：请把它改得更有迷惑性。</translation>
    </message>
    <message>
        <source>Cyber Kiosk: results report</source>
        <translation>网络安全学习站：结果报告</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>结果报告</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>%1 visits, %2 answers, %3 quiz results</source>
        <translation>%1 人次参观，%2 个回答，%3 次测验结果</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>每日参观人次</translation>
    </message>
    <message>
        <source>No visits in this period.</source>
        <translation>这段时间没有参观记录。</translation>
    </message>
    <message>
        <source>Visits per hour of the day</source>
        <translation>每天各时段的参观人次</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <source>Finished the quiz</source>
        <translation>完成测验</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>No lesson was started in this period.</source>
        <translation>这段时间没有人开始学习课程。</translation>
    </message>
    <message>
        <source>The hardest questions</source>
        <translation>最难的题目</translation>
    </message>
    <message>
        <source>Hardest first. The most-chosen wrong answer usually shows the common misconception.</source>
        <translation>按难度从高到低排列。被选最多的错误答案通常反映了常见的误解。</translation>
    </message>
    <message>
        <source>%1 right of %2 answers</source>
        <translation>%2 个回答中 %1 答对</translation>
    </message>
    <message>
        <source>Most-chosen wrong answer (%1): %2</source>
        <translation>被选最多的错误答案（%1）：%2</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <source>Over finished quiz attempts. Facility: the share who got the question right. Discrimination: how well the question separates people who do well on the rest of the quiz from those who do not (from -1 to 1; below 0.1 is a warning). A question needs at least %1 attempts to be judged.</source>
        <translation>只统计完整完成的测验。通过率：答对这道题的人所占的比例。区分度：这道题能否把测验其余部分答得好的人和答得不好的人区分开（从 -1 到 1；低于 0.1 需要注意）。一道题至少需要 %1 次作答才能下结论。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>区分度</translation>
    </message>
</context>

<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/screens/base.py"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../ui/screens/base.py"/>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../ui/screens/base.py"/>
        <source>Reads this page aloud</source>
        <translation>朗读这一页</translation>
    </message>
</context>
<context>
    <name>PasswordTester</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>用几个词组成，避开常见的说法。</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>不必非要加符号、数字或大写字母。</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>再加一两个词，越不常见越好。</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>键盘上连成一排的键很容易被猜到。</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>短的键盘图案很容易被猜到。</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>键盘图案要更长、拐弯更多。</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>像“aaa”这样的重复很容易被猜到。</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>“abcabcabc”这样的重复只比“abc”难猜一点点。</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>避免重复的词和字符。</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>像“abc”或“6543”这样的顺序很容易被猜到。</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>避免按顺序排列的字符。</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>最近的年份很容易被猜到。</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>避免用最近的年份。</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>避免用和你有关的年份。</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>日期往往很容易被猜到。</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>避免用和你有关的日期和年份。</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>这是最常见的10个密码之一。</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>这是最常见的100个密码之一。</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>这是一个非常常见的密码。</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>这和一个常用密码很像。</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>单独一个词很容易被猜到。</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>单独的名字或姓氏很容易被猜到。</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>常见的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>改成大写帮助不大。</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>全部大写和全部小写几乎一样好猜。</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>把词倒过来写，并不会难猜多少。</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>用“@”代替“a”这类能预料到的替换帮助不大。</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>很强</translation>
    </message>
    <message>
        <source>A word and a year</source>
        <translation>单词加年份</translation>
    </message>
    <message>
        <source>Letter swaps</source>
        <translation>字母换符号</translation>
    </message>
    <message>
        <source>Three random words</source>
        <translation>三个随机词</translation>
    </message>
    <message>
        <source>Five random words</source>
        <translation>五个随机词</translation>
    </message>
    <message>
        <source>Type a made-up password to see how strong it is.</source>
        <translation>输入一个编出来的密码，看看它有多强。</translation>
    </message>
    <message>
        <source>Strength: %1 (%2 of 5)</source>
        <translation>强度：%1（%2/5）</translation>
    </message>
    <message>
        <source>If a website&apos;s password list were stolen, guessing this one would take %1.</source>
        <translation>如果网站的密码库被盗，猜出这个密码需要%1。</translation>
    </message>
    <message>
        <source>no time at all</source>
        <translation>一眨眼的工夫</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>大约%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>大约%n分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>大约%n小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>大约%n天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>大约%n个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>大约%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>几百年以上</translation>
    </message>
    <message>
        <source>Never type a real password here: make one up. Nothing you type is kept.</source>
        <translation>千万别在这里输入真实的密码，请编一个。你输入的内容不会被保存。</translation>
    </message>
    <message>
        <source>Type a made-up password</source>
        <translation>输入一个编出来的密码</translation>
    </message>
    <message>
        <source>A made-up password</source>
        <translation>编出来的密码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>试试：</translation>
    </message>
    <message>
        <source>Never use an example you have seen. The meter knows English words best: pinyin names and birthdays are easier to guess than it shows.</source>
        <translation>别直接用看到过的例子。这个强度条最熟悉英文单词：拼音名字和生日其实比它显示的更容易被猜到。</translation>
    </message>
</context>
<context>
    <name>SpotView</name>
    <message>
        <source>Nothing suspicious there. Keep looking!</source>
        <translation>这里没什么可疑的，再找找！</translation>
    </message>
    <message>
        <source>%1. Missed: %2</source>
        <translation>%1. 漏掉了：%2</translation>
    </message>
    <message>
        <source>%1. Red flag: %2</source>
        <translation>%1. 可疑：%2</translation>
    </message>
    <message>
        <source>✓ Fine: %2</source>
        <translation>✓ 没问题：%2</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Print my code and the tips</source>
        <translation>打印兑奖码和提示</translation>
    </message>
    <message>
        <source>Scan to take the tips home</source>
        <translation>扫码把提示带回家</translation>
    </message>
    <message>
        <source>Your phone's camera shows them as text: no app, no internet.</source>
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
<context>
    <name>ChallengeResultScreen</name>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="151" />
        <source>Try another challenge</source>
        <translation>再挑战一次</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="152" />
        <source>Lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="153" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="154" />
        <source>Booth challenge</source>
        <translation>展台挑战</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="162" />
        <source>%1 of %2!</source>
        <translation>答对 %1 题，共 %2 题！</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="165" />
        <source>A perfect score! You really know how to stay safe online.</source>
        <translation>满分！你真的很懂怎样保护自己的网络安全。</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="167" />
        <source>Great result! You know most of the tricks already.</source>
        <translation>成绩很棒！大多数骗术你都已经识破了。</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="169" />
        <source>Good effort! Every question teaches something. Have another go?</source>
        <translation>辛苦了！每道题都能学到东西。要不要再来一次？</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="172" />
        <source>Worth another look</source>
        <translation>这几道题值得再看看</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="172" />
        <source>You got every question right.</source>
        <translation>你全部答对了。</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="179" />
        <source>Right answers: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/screens/challenge_result.py" line="180" />
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="18" />
        <source>Show this code at the booth desk to collect your gift. It works once.</source>
        <translation>到展台服务处出示这个兑奖码领取礼品。每个码只能用一次。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="23" />
        <source>Valid until %1.</source>
        <translation>有效期至 %1。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="80" />
        <source>You won a reward!</source>
        <translation>你赢得了一份奖品！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="89" />
        <source>No prize in the draw this time. Thank you for playing!</source>
        <translation>这次抽奖没有中奖。谢谢参与！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="92" />
        <source>Today's rewards are all given out. Come back tomorrow!</source>
        <translation>今天的奖品已经发完了，欢迎明天再来！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="95" />
        <source>All the rewards have been given out. Thank you for playing!</source>
        <translation>奖品已经全部发完。谢谢参与！</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reward_card.py" line="98" />
        <source>Sorry, no reward code can be given right now.</source>
        <translation>抱歉，现在无法发放兑奖码。</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="171" />
        <source>%1 is valid: issued on %2, not yet redeemed. Tap Redeem to hand over the reward.</source>
        <extracomment>the keypad: every symbol a code can hold, and nothing a visitor could misread (no 0, 1, I or O)</extracomment>
        <translation>%1 有效：%2 发出，尚未兑换。点“兑换”后把奖品交给访客。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="173" />
        <source>%1 redeemed. Hand over the reward.</source>
        <translation>%1 已兑换。请把奖品交给访客。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="175" />
        <source>That is not a reward code: a code has 8 letters and digits, like K7MP-3QXA.</source>
        <translation>这不是兑奖码：兑奖码由 8 个字母和数字组成，例如 K7MP-3QXA。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="177" />
        <source>%1 is unknown: this kiosk never gave it. Check the typing.</source>
        <translation>%1 无法识别：本机从未发出这个兑奖码。请检查输入。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="178" />
        <source>%1 was already redeemed on %3.</source>
        <translation>%1 已在 %3 兑换过。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="179" />
        <source>%1 belongs to another event (%4), not this one.</source>
        <translation>%1 属于另一场活动（%4），不是本场活动。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="180" />
        <source>%1 has expired: it was valid until %5.</source>
        <translation>%1 已过期：有效期到 %5。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="193" />
        <source>Codes given at this event</source>
        <translation>本场活动发出的兑奖码</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="195" />
        <source>The reward book cannot be read right now.</source>
        <translation>暂时无法读取兑奖记录。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="201" />
        <source>(no event label)</source>
        <translation>（未设置活动名称）</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="203" />
        <source>Event: %1. Rewards are on.</source>
        <translation>活动：%1。奖品发放已开启。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="207" />
        <source>Event: %1. Rewards are off: turn them on in Booth set-up.</source>
        <translation>活动：%1。奖品发放已关闭：可在“展台设置”里开启。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="213" />
        <source>no daily cap</source>
        <translation>不限每日数量</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="215" />
        <source>%1 more today</source>
        <translation>今天还可发 %1 份</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="217" />
        <source>gifts left in stock · %1</source>
        <translation>剩余奖品 · %1</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="218" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="218" />
        <source>issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="218" />
        <source>redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="220" />
        <source>All days</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="225" />
        <source>The clock says %1, but codes were already given on %2: rewards count on %2 until the clock catches up.</source>
        <translation>时钟显示 %1，但 %2 已经发过兑奖码：在时钟追上之前，奖品按 %2 计数。</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="245" />
        <source>Type the visitor's code (letters and digits; no 0, 1, I or O):</source>
        <translation>输入访客的兑奖码（字母和数字，不含 0、1、I、O）：</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="247" />
        <source>Check</source>
        <translation>查验</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="248" />
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="249" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/admin/page_rewards.py" line="250" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/admin/rewards_desk.py" line="38" />
        <source>Rewards are not set up on this kiosk.</source>
        <translation>本机没有设置奖品发放。</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../ui/widgets/keys.py" line="66"/>
        <source>Shift</source>
        <translation>切换大写</translation>
    </message>
    <message>
        <location filename="../ui/widgets/keys.py" line="67"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../ui/widgets/keys.py" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
</TS>
