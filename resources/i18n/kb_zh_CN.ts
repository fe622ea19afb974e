<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ArticleEditor</name>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="79" />
            <source>Edit article</source>
            <translation>编辑文章</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="80" />
            <source>New article</source>
            <translation>新建文章</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="81" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="81" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="82" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="82" />
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="83" />
            <source>IVR paths</source>
            <translation>IVR 路径</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="83" />
            <source>Body (Markdown)</source>
            <translation>正文（Markdown）</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="86" />
            <source>comma separated, e.g. refund, 退款</source>
            <translation>用逗号分隔，例如 退款, refund</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="87" />
            <source>empty = every queue</source>
            <translation>留空 = 所有队列</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/editor.py" line="88" />
            <source>digit paths, e.g. 2&gt;1</source>
            <translation>按键路径，例如 2&gt;1</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePanel</name>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="155" />
            <source>Search the knowledge base…</source>
            <translation>搜索知识库…</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="156" />
            <source>New article</source>
            <translation>新建文章</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="157" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="158" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="159" />
            <source>Categories</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="160" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="161" />
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="163" />
            <source>Knowledge base</source>
            <translation>知识库</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="164" />
            <source>Search or pick a category.</source>
            <translation>输入关键词搜索，或选择分类。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/kb/panel.py" line="230" />
            <source>Suggested for this call (%n)</source>
            <translation>
                <numerusform>本次通话推荐（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/kb/panel.py" line="232" />
            <source>%n article(s) in this category</source>
            <translation>
                <numerusform>本分类共 %n 篇文章</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="234" />
            <source>Type to search (Chinese or English)</source>
            <translation>输入即搜索（中文或英文）</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="236" />
            <source>No articles found for “%1”</source>
            <translation>未找到与“%1”相关的文章</translation>
        </message>
        <message numerus="yes">
            <location filename="../../agent_desktop/kb/panel.py" line="238" />
            <source>%n result(s) for “%1”</source>
            <translation>
                <numerusform>“%1”的搜索结果：%n 条</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="251" />
            <source>Tags: %1</source>
            <translation>标签：%1</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="252" />
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="306" />
            <source>Delete article</source>
            <translation>删除文章</translation>
        </message>
        <message>
            <location filename="../../agent_desktop/kb/panel.py" line="307" />
            <source>Delete “%1”? Its edit history is kept.</source>
            <translation>删除“%1”？编辑历史会保留。</translation>
        </message>
        <message>
            <source>Voice snippets</source>
            <translation>语音知识</translation>
        </message>
        <message>
            <source>Play to caller</source>
            <translation>播放给来电者</translation>
        </message>
        <message>
            <source>Play this recording to the caller (you hear it too)</source>
            <translation>将这段录音播放给来电者（您也能听到）</translation>
        </message>
        <message>
            <source>Available while you are on an answered call</source>
            <translation>接通通话后可用</translation>
        </message>
    </context>
</TS>