"""What read-aloud says for lesson HTML: reading order, pictures' descriptions, stops between lines."""

from __future__ import annotations

from kiosk.content.render import render_markdown
from kiosk.content.spoken import choice_lines, join_lines, speech_lines, speech_text, with_stop


def test_headings_paragraphs_and_list_items_are_lines_in_reading_order() -> None:
    html = "<h1>Strong passwords</h1><p>Use a <b>long</b> phrase.</p><ul><li>Three words</li><li>No names</li></ul>"
    assert speech_lines(html) == ["Strong passwords.", "Use a long phrase.", "Three words.", "No names."]


def test_a_picture_is_read_as_its_description_where_it_stands() -> None:
    html = '<p>Look at this.</p><p><img src="mail.png" alt="A fake bank email"></p><p>Spot it?</p>'
    assert speech_lines(html, "Picture") == ["Look at this.", "Picture: A fake bank email.", "Spot it?"]
    assert speech_lines('<img src="a.png" title="A chart">', "图片") == ["图片: A chart."]


def test_a_picture_without_a_description_and_hidden_text_say_nothing() -> None:
    html = '<p><img src="x.png" alt=""></p><style>p{color:red}</style><script>x()</script><p>Done</p>'
    assert speech_lines(html) == ["Done."]


def test_chinese_lines_end_in_a_chinese_stop_and_invisible_break_marks_are_dropped() -> None:
    html = "<h2>强\u200b密码</h2><p>不要\u2060重复使用密码</p><p>这样安全吗？</p>"
    assert speech_lines(html) == ["强密码。", "不要重复使用密码。", "这样安全吗？"]


def test_entities_and_line_breaks_are_read_as_text() -> None:
    assert speech_lines("<p>Tom &amp; Jerry<br>say &quot;hi&quot;</p>") == ["Tom & Jerry.", 'say "hi".']


def test_table_rows_are_lines_with_cells_separated() -> None:
    html = "<table><tr><th>Sign</th><th>Meaning</th></tr><tr><td>Padlock</td><td>Encrypted</td></tr></table>"
    assert speech_lines(html) == ["Sign, Meaning.", "Padlock, Encrypted."]


def test_rendered_markdown_reads_in_the_order_written() -> None:
    html = render_markdown(
        "# Phishing\n\nA message that **pretends**.\n\n![A fake login page](page.png)\n\n1. Stop\n2. Check\n"
    )
    assert speech_lines(html) == [
        "Phishing.",
        "A message that pretends.",
        "Picture: A fake login page.",
        "Stop.",
        "Check.",
    ]


def test_choices_are_read_in_order_with_their_labels() -> None:
    choices = [("Answer 1", "<p>Click the link</p>"), ("Answer 2", "Call the bank <b>yourself</b>")]
    assert choice_lines(choices) == ["Answer 1: Click the link", "Answer 2: Call the bank yourself"]


def test_join_lines_stops_every_part_and_leaves_out_empty_ones() -> None:
    assert (
        join_lines(["Question 1 of 3", "", "  ", "Right!", "一个问题"])
        == "Question 1 of 3.\nRight!\n一个问题。"
    )
    assert speech_text("<p>a</p><p>b</p>") == "a.\nb."
    assert with_stop("Options,") == "Options."
