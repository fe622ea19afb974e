<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AgentStatePresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="126" />
        <source>State change failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="223" />
        <source>Cannot join the monitored call: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="248" />
        <source>The call has not reached your phone yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="253" />
        <source>Cannot answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="261" />
        <source>Cannot hang up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="274" />
        <source>Cannot send tones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="289" />
        <source>Hold is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="292" />
        <source>Hold failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="309" />
        <source>Transfer is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="312" />
        <source>Transfer failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="314" />
        <source>Transferred to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="321" />
        <source>Finish the current call before dialling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="332" />
        <source>Click-to-dial is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="335" />
        <source>Dialling %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="375" />
        <source>Customer not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="380" />
        <source>Customer saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="389" />
        <source>this server has no line for outside numbers yet; ask your administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customer_form.ui" line="9" />
        <source>New customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="17" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="24" />
        <source>&amp;Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="31" />
        <source>&amp;Phones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="37" />
        <source>separate numbers with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="42" />
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="48" />
        <source>vip, enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="53" />
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="74" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="79" />
        <source>&amp;Save customer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="58" />
        <source>A name is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="65" />
        <source>Edit customer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../../agent_desktop/views/integration.py" line="157" />
        <source>Start at login not changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../agent_desktop/views/integration.py" line="46" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="45" />
        <source>Disposition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="45" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="59" />
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="59" />
        <source>Out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="83" />
        <source>Playing the recording to the caller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="88" />
        <source>Playing recordings to callers is not available on this server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="90" />
        <source>Only the agent on an answered call can play a recording into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="92" />
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="93" />
        <source>The recording was not played: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="130" />
        <source>Wrap-up saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="164" />
        <location filename="../../agent_desktop/views/main_window.py" line="347" />
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="176" />
        <source>listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="176" />
        <source>whispering to the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="177" />
        <source>barged in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="179" />
        <source>Monitoring call %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="182" />
        <source>Monitoring call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="257" />
        <source>Phone: registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="258" />
        <source>Phone: registering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="259" />
        <source>Phone: registration failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="260" />
        <source>Phone: not registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="262" />
        <source>(this PC's softphone has no SIP over %1: ask IT for a build with it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="282" />
        <source>No microphone and no speaker: you cannot talk to callers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="284" />
        <source>No microphone: callers will not hear you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="286" />
        <source>No speaker: you will not hear callers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="292" />
        <source>Connect a headset, then check View → Audio settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="302" />
        <source>Go ready without audio?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="304" />
        <source>Calls will ring on this PC, but you cannot talk to callers. Connect a headset, then check View → Audio settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="307" />
        <source>Go ready anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="308" />
        <source>Stay not ready</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/views/main_window.py" line="317" />
        <source>%n wrap-up(s) waiting to sync</source>
        <translation>
            <numerusform>%n wrap-up waiting to sync</numerusform>
            <numerusform>%n wrap-ups waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="334" />
        <source>Agent workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="335" />
        <source>&amp;Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="336" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="337" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="338" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="339" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="155" />
        <location filename="../../agent_desktop/views/main_window.py" line="348" />
        <location filename="../../agent_desktop/views/main_window.py" line="352" />
        <source>Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="340" />
        <source>&amp;Audio settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="341" />
        <source>&amp;Start at login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="342" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="343" />
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="344" />
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="349" />
        <source>&amp;Knowledge base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="353" />
        <source>Connection to the server lost — reconnecting… Calls in progress continue; wrap-ups are kept and sent later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenPopCard</name>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="146" />
        <source>Outbound call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="146" />
        <source>Incoming call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="147" />
        <source>Withheld number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="162" />
        <source>Unknown caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="163" />
        <source>No customer record matches this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="165" />
        <source>New customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="176" />
        <source>Call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="177" />
        <source>Click to dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="181" />
        <source>Edit customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="204" />
        <source>Waiting for calls.
The caller's details appear here the moment a call rings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="206" />
        <source>Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="206" />
        <source>Dialled:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="207" />
        <source>Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="207" />
        <source>IVR path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="208" />
        <source>Waited:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="210" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="211" />
        <source>Contact history (double-click to call back)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="100" />
        <source>Enter your agent ID and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="105" />
        <source>The server address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="126" />
        <source>Wrong agent ID or password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/presenters/session.py" line="129" />
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="132" />
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="135" />
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="136" />
        <source>Sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="168" />
        <source>You were signed out by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="168" />
        <source>a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="189" />
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/sign_in.ui" line="6" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="16" />
        <source>Agent workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="22" />
        <source>Sign in with your agent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="31" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="37" />
        <source>http://server:8080</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="42" />
        <source>&amp;Agent ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="53" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="64" />
        <source>&amp;Remember me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="65" />
        <source>Your password is kept in this computer's system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="89" />
        <source>Sign &amp;in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../agent_desktop/views/sign_in.py" line="88" />
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="125" />
        <source>No call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="126" />
        <source>Incoming call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="127" />
        <source>Calling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="128" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="128" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="129" />
        <source>Call ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="184" />
        <source>Answer (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="185" />
        <source>Hang up (F6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="139" />
        <source>Hold (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="139" />
        <source>Resume (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="145" />
        <source>Mute (F9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="145" />
        <source>Unmute (F9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="154" />
        <source>On hold %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="186" />
        <source>Microphone muted: the caller cannot hear you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="187" />
        <source>Number to dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="188" />
        <source>Dial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="189" />
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="192" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="193" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="194" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="196" />
        <source>Agent ID, queue or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="197" />
        <source>Transfer call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="120" />
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="140" />
        <source>Ready in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="145" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="146" />
        <location filename="../../agent_desktop/views/state_bar.py" line="184" />
        <source>Not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="147" />
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="148" />
        <source>On call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="149" />
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="150" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="182" />
        <source>Ready (F8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="183" />
        <source>Take calls again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="185" />
        <source>Stop taking calls, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="186" />
        <source>Extend +30 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="187" />
        <source>Finish now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="188" />
        <source>Not ready after this call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../ui/wrap_up.ui" line="9" />
        <source>After-call work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="17" />
        <source>&amp;Disposition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="24" />
        <source>&amp;Summary note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="30" />
        <source>What was the call about, what was agreed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="50" />
        <source>Save &amp;wrap-up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="40" />
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/wrap_up.py" line="78" />
        <source>Choose a disposition first.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>