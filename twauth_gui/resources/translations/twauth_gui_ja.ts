<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About twauth-gui</source>
        <translation>twauth-gui について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;twauth-gui {version}&lt;/h3&gt;&lt;p&gt;Get X (Twitter) API credentials by clicking, and keep them in your system&apos;s secret store.&lt;/p&gt;&lt;p&gt;Licence: {licence}. No warranty.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · PySide6 {pyside} · Qt {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;twauth-gui {version}&lt;/h3&gt;&lt;p&gt;X（Twitter）API の認証情報をクリック操作だけで取得し、システムのシークレットストアに安全に保管します。&lt;/p&gt;&lt;p&gt;ライセンス: {licence}。無保証です。&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · PySide6 {pyside} · Qt {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessBox</name>
    <message>
        <source>Access</source>
        <translation>アクセス権</translation>
    </message>
    <message>
        <source>&amp;Tokens may:</source>
        <translation>トークンにできること(&amp;T):</translation>
    </message>
    <message>
        <source>Do what the app&apos;s permissions allow (recommended)</source>
        <translation>アプリの権限で許可されていることすべて（おすすめ）</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>読み取りのみ</translation>
    </message>
    <message>
        <source>Read and write (no Direct Messages)</source>
        <translation>読み取りと書き込み（ダイレクトメッセージを除く）</translation>
    </message>
    <message>
        <source>Access the tokens get</source>
        <translation>トークンに与えるアクセス権</translation>
    </message>
    <message>
        <source>Ask X for less access than the app&apos;s permissions in the portal (x_auth_access_type). It can never give more: those are set in your app → User authentication settings → App permissions.</source>
        <translation>ポータルで設定したアプリの権限よりも少ないアクセス権を X に求めます（x_auth_access_type）。それより多くなることはありません。アプリの権限は、対象のアプリ → User authentication settings → App permissions で設定します。</translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>Sign out everywhere for this app…</source>
        <translation>このアプリの認証情報をすべて無効化…</translation>
    </message>
    <message>
        <source>Revoke every saved credential of this app at X and remove them here</source>
        <translation>このアプリの保存済み認証情報をすべて X で無効化し、ここから削除します</translation>
    </message>
    <message>
        <source>Unnamed app</source>
        <translation>名前のないアプリ</translation>
    </message>
    <message>
        <source>{n} saved credential(s): {names}</source>
        <translation>保存済みの認証情報 {n} 件: {names}</translation>
    </message>
</context>
<context>
    <name>AuthorizePage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>待つのをやめる(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for the browser; nothing is saved</source>
        <translation>ブラウザーからの応答を待つのをやめます。何も保存されません</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>もう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the authorization page again</source>
        <translation>認可ページをもう一度開く</translation>
    </message>
    <message>
        <source>Open X&apos;s authorization page in your browser again</source>
        <translation>X の認可ページをブラウザーでもう一度開きます</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the authorization link</source>
        <translation>認可リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the link to open it in another browser or browser profile — for example when this browser is signed in to the wrong account</source>
        <translation>リンクをコピーして、別のブラウザーやブラウザーのプロファイルで開けます。このブラウザーで別のアカウントにログインしている場合などに使います</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>やり直す(&amp;T)</translation>
    </message>
    <message>
        <source>Start the authorization again</source>
        <translation>認可をやり直す</translation>
    </message>
    <message>
        <source>Start again with a new authorization link</source>
        <translation>新しい認可リンクで最初からやり直します</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>After you click “Authorize app”, X shows a PIN. Type it here, then press Next.</source>
        <translation>「アプリを認可」をクリックすると、X に PIN が表示されます。ここに入力して「次へ」を押してください。</translation>
    </message>
    <message>
        <source>PIN shown by X</source>
        <translation>X に表示された PIN</translation>
    </message>
    <message>
        <source>The number X shows after you authorize the app</source>
        <translation>アプリを認可したあとに X が表示する番号です</translation>
    </message>
    <message>
        <source>The browser did not come back?</source>
        <translation>ブラウザーから戻ってこない場合</translation>
    </message>
    <message>
        <source>Show the paste-the-address fallback</source>
        <translation>アドレスを貼り付ける方法を表示</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on, if it did not return here</source>
        <translation>ブラウザーがここに戻ってこなかった場合は、最後に表示されたアドレスを貼り付けてください</translation>
    </message>
    <message>
        <source>Paste the address you landed on</source>
        <translation>表示されたアドレスを貼り付け</translation>
    </message>
    <message>
        <source>After clicking Authorize, copy the whole address from the browser&apos;s address bar (it starts with the callback URL) and paste it here.</source>
        <translation>認可をクリックしたあと、ブラウザーのアドレスバーからアドレス全体（コールバックURLで始まります）をコピーして、ここに貼り付けてください。</translation>
    </message>
    <message>
        <source>Address you landed on</source>
        <translation>表示されたアドレス</translation>
    </message>
    <message>
        <source>The full address from the browser&apos;s address bar</source>
        <translation>ブラウザーのアドレスバーに表示されたアドレス全体</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>このアドレスを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>貼り付けたアドレスを使う</translation>
    </message>
    <message>
        <source>Finish the sign-in with the pasted address</source>
        <translation>貼り付けたアドレスでログインを完了します</translation>
    </message>
    <message>
        <source>Authorize in your browser</source>
        <translation>ブラウザーで認可してください</translation>
    </message>
    <message>
        <source>Sign in to X in the browser, click “Authorize app”, then type the PIN X shows.</source>
        <translation>ブラウザーで X にログインして「アプリを認可」をクリックし、表示された PIN を入力してください。</translation>
    </message>
    <message>
        <source>Sign in to X in the browser and click “Authorize app”. twauth-gui continues by itself.</source>
        <translation>ブラウザーで X にログインし、「アプリを認可」をクリックしてください。あとは自動で進みます。</translation>
    </message>
    <message>
        <source>Make sure the browser is signed in to the X account the tokens are for. If it is signed in to another account, use “Copy link” and open the link in a private window or another browser profile.</source>
        <translation>トークンを発行したい X アカウントでブラウザーにログインしていることを確認してください。別のアカウントでログインしている場合は、「リンクをコピー」を使って、プライベートウィンドウや別のブラウザープロファイルでリンクを開いてください。</translation>
    </message>
    <message>
        <source>Preparing the authorization…</source>
        <translation>認可の準備をしています…</translation>
    </message>
    <message>
        <source>Waiting for you to authorize the app in your browser…</source>
        <translation>ブラウザーでアプリが認可されるのを待っています…</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>ウェブブラウザーを開けませんでした。</translation>
    </message>
    <message>
        <source>Press “Copy link” and open the link in a browser yourself.</source>
        <translation>「リンクをコピー」を押して、ご自身でブラウザーにリンクを貼り付けて開いてください。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Authorized.</source>
        <translation>認可されました。</translation>
    </message>
    <message>
        <source>Authorization cancelled.</source>
        <translation>認可がキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing was saved. Press “Try again” to start over, or Back to change the settings.</source>
        <translation>何も保存されていません。「やり直す」で最初からやり直すか、「戻る」で設定を変更してください。</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>ログインを完了しています…</translation>
    </message>
    <message>
        <source>Checking the PIN with X…</source>
        <translation>PIN を X で確認しています…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>実行中の処理をキャンセル</translation>
    </message>
    <message>
        <source>Stop waiting and cancel this step</source>
        <translation>待つのをやめて、この手順をキャンセルします</translation>
    </message>
</context>
<context>
    <name>CallbackBox</name>
    <message>
        <source>Callback URL</source>
        <translation>コールバックURL</translation>
    </message>
    <message>
        <source>Come back to twauth-gui automatically (needs the callback URL below)</source>
        <translation>自動で twauth-gui に戻る（下のコールバックURLが必要です）</translation>
    </message>
    <message>
        <source>Type a PIN that X shows instead (no callback URL needed)</source>
        <translation>代わりに X が表示する PIN を入力する（コールバックURLは不要です）</translation>
    </message>
    <message>
        <source>X sends your browser back to this computer; nothing to type</source>
        <translation>X がブラウザーをこのコンピューターに戻すので、何も入力する必要はありません</translation>
    </message>
    <message>
        <source>Works with any app settings, also on another device: X shows a 7-digit PIN that you type here</source>
        <translation>アプリの設定に関係なく使え、別のデバイスでも使えます。X が表示する 7 桁の PIN をここに入力します</translation>
    </message>
    <message>
        <source>Add exactly this address in the developer portal: your app → User authentication settings → Callback URI / Redirect URL.</source>
        <translation>開発者ポータルで、このアドレスをそのまま追加してください: 対象のアプリ → User authentication settings → Callback URI / Redirect URL。</translation>
    </message>
    <message>
        <source>Callback URL to register</source>
        <translation>登録するコールバックURL</translation>
    </message>
    <message>
        <source>Register this exact address in the developer portal</source>
        <translation>このアドレスをそのまま開発者ポータルに登録してください</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the callback URL</source>
        <translation>コールバックURLをコピー</translation>
    </message>
    <message>
        <source>Copy the callback URL to paste it into the portal</source>
        <translation>コールバックURLをコピーして、ポータルに貼り付けます</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Callback host</source>
        <translation>コールバックのホスト</translation>
    </message>
    <message>
        <source>Use the host you registered: X recommends 127.0.0.1; some setups use localhost</source>
        <translation>登録したホストを使ってください。X は 127.0.0.1 を推奨していますが、localhost を使う構成もあります</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Callback port</source>
        <translation>コールバックのポート</translation>
    </message>
    <message>
        <source>Change it if another program uses this port; register the new URL too</source>
        <translation>ほかのプログラムがこのポートを使っている場合は変更し、新しい URL も登録してください</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>ClipboardNotice</name>
    <message>
        <source>Clipboard status</source>
        <extracomment>label (e.g. &quot;API secret&quot;), seconds left before clearing emitted when we cleared the clipboard (True) or gave up because it changed (False)</extracomment>
        <translation>クリップボードの状態</translation>
    </message>
    <message>
        <source>Copied secrets are removed from the clipboard after a short time.</source>
        <translation>コピーした秘密の値は、しばらくするとクリップボードから消去されます。</translation>
    </message>
    <message>
        <source>Copied {label} — clears in {seconds} s</source>
        <translation>{label}をコピーしました — {seconds} 秒後に消去します</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>クリップボードを消去しました</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>twauth-gui ran into a problem</source>
        <translation>twauth-gui で問題が発生しました</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved credentials are safe. You can keep working; if it happens again, please copy this report and send it to the developers at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;. Secrets have been removed from it.</source>
        <translation>予期しない問題が発生しました。保存済みの認証情報は無事です。このまま作業を続けられます。再び発生する場合は、このレポートをコピーして &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; から開発者に送ってください。レポートから秘密の値は取り除かれています。</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>クラッシュレポート</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Copy the crash report</source>
        <translation>クラッシュレポートをコピー</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>レポートをクリップボードにコピーします</translation>
    </message>
</context>
<context>
    <name>CredentialView</name>
    <message>
        <source>Profile picture</source>
        <translation>プロフィール画像</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Authorize again…</source>
        <translation>もう一度認可…</translation>
    </message>
    <message>
        <source>Sign in again in the browser with the same app keys and permissions</source>
        <translation>同じアプリのキーと権限で、ブラウザーからもう一度ログインします</translation>
    </message>
    <message>
        <source>Authorize again</source>
        <translation>もう一度認可</translation>
    </message>
    <message>
        <source>One click: the app&apos;s keys, permissions and callback URL are reused; the name and files kept up to date stay.</source>
        <translation>ワンクリックで済みます。アプリのキー、権限、コールバックURLはそのまま使われ、名前と自動更新するファイルも変わりません。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save these credentials as a .env, JSON or shell file</source>
        <translation>この認証情報を .env、JSON、シェルのファイルとして保存します</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Ask X who these credentials belong to</source>
        <translation>この認証情報が誰のものか X に問い合わせます</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Get a fresh access token now (OAuth 2.0)</source>
        <translation>新しいアクセストークンを今すぐ取得します（OAuth 2.0）</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>無効化…</translation>
    </message>
    <message>
        <source>Sign out at X and remove from this computer</source>
        <translation>X でログアウトし、このコンピューターから削除します</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Remove from this computer only (stays valid at X)</source>
        <translation>このコンピューターからのみ削除します（X では有効なままです）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Keys and tokens</source>
        <translation>キーとトークン</translation>
    </message>
    <message>
        <source>Values are hidden. Use the eye to show one, or copy it: the clipboard is cleared again after {n} seconds.</source>
        <translation>値は伏せてあります。目のアイコンで表示するか、コピーしてください。クリップボードは {n} 秒後に消去されます。</translation>
    </message>
    <message>
        <source>Show keys and tokens</source>
        <translation>キーとトークンを表示</translation>
    </message>
    <message>
        <source>Read the values from the secret store</source>
        <translation>シークレットストアから値を読み込みます</translation>
    </message>
    <message>
        <source>Load keys and tokens</source>
        <translation>キーとトークンを読み込む</translation>
    </message>
    <message>
        <source>Files kept up to date</source>
        <translation>自動更新するファイル</translation>
    </message>
    <message>
        <source>Status: {text}</source>
        <translation>状態: {text}</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>保存名</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>コールバックURL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>アクセストークンの有効期限</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Rewritten with the new tokens after each refresh</source>
        <translation>更新のたびに新しいトークンで書き換えます</translation>
    </message>
    <message>
        <source>Stop updating</source>
        <translation>更新をやめる</translation>
    </message>
    <message>
        <source>Stop rewriting this file (the file itself is kept)</source>
        <translation>このファイルの書き換えをやめます（ファイル自体は残ります）</translation>
    </message>
    <message>
        <source>Stop updating {path}</source>
        <translation>{path} の更新をやめる</translation>
    </message>
</context>
<context>
    <name>EmptyView</name>
    <message>
        <source>No credentials saved yet</source>
        <translation>保存された認証情報はまだありません</translation>
    </message>
    <message>
        <source>This is the sandbox: a safe stand-in for X on your computer. Demo keys are filled in for you, so you can try every step without a developer account.</source>
        <translation>ここはサンドボックスです。お使いのコンピューター上で動く、X の安全な代役です。デモ用のキーがあらかじめ入力されるので、開発者アカウントがなくてもすべての手順を試せます。</translation>
    </message>
    <message>
        <source>Get working X API keys and tokens in a few clicks: paste your app&apos;s keys from the X developer portal, approve in your browser, done. Everything is kept in your system&apos;s secret store.</source>
        <translation>数回のクリックで、すぐに使える X API のキーとトークンを取得できます。X 開発者ポータルからアプリのキーを貼り付け、ブラウザーで承認すれば完了です。すべてシステムのシークレットストアに保管されます。</translation>
    </message>
    <message>
        <source>Get new tokens</source>
        <translation>新しいトークンを取得</translation>
    </message>
    <message>
        <source>Start the step-by-step wizard</source>
        <translation>手順を追って進めるウィザードを開始します</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Expires at (Unix time)</source>
        <translation>有効期限（Unix 時間）</translation>
    </message>
    <message>
        <source>Export “{name}”</source>
        <translation>「{name}」をエクスポート</translation>
    </message>
    <message>
        <source>Save these credentials to a file your program reads. A .env file works with python-dotenv, Node&apos;s dotenv, node --env-file and docker compose alike.</source>
        <translation>この認証情報を、プログラムが読み込むファイルに保存します。.env ファイルは python-dotenv、Node の dotenv、node --env-file、docker compose のどれでも同じように使えます。</translation>
    </message>
    <message>
        <source>.env file (KEY=value)</source>
        <translation>.env ファイル（KEY=value）</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON ファイル</translation>
    </message>
    <message>
        <source>Shell script (export KEY=&apos;value&apos;)</source>
        <translation>シェルスクリプト（export KEY=&apos;value&apos;）</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>The kind of file to write</source>
        <translation>書き出すファイルの種類</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>X samples &amp; xurl (CONSUMER_KEY, ACCESS_TOKEN, …)</source>
        <translation>X のサンプルと xurl（CONSUMER_KEY、ACCESS_TOKEN など）</translation>
    </message>
    <message>
        <source>X_* (X_API_KEY, X_ACCESS_TOKEN, …)</source>
        <translation>X_*（X_API_KEY、X_ACCESS_TOKEN など）</translation>
    </message>
    <message>
        <source>TWITTER_* (TWITTER_API_KEY, …)</source>
        <translation>TWITTER_*（TWITTER_API_KEY など）</translation>
    </message>
    <message>
        <source>xmcp (X_OAUTH_CONSUMER_KEY, …)</source>
        <translation>xmcp（X_OAUTH_CONSUMER_KEY など）</translation>
    </message>
    <message>
        <source>Variable names preset</source>
        <translation>変数名のプリセット</translation>
    </message>
    <message>
        <source>Which variable names to use; you can still rename each one below</source>
        <translation>使う変数名の組み合わせです。下の表で一つずつ名前を変えることもできます</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>変数名(&amp;N):</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Variable name (editable)</source>
        <translation>変数名（編集可）</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>値のプレビュー</translation>
    </message>
    <message>
        <source>Variables to export</source>
        <translation>エクスポートする変数</translation>
    </message>
    <message>
        <source>Double-click a variable name to change it; clear it to leave that value out</source>
        <translation>変数名をダブルクリックすると変更できます。空にするとその値は書き出されません</translation>
    </message>
    <message>
        <source>File preview:</source>
        <translation>ファイルのプレビュー:</translation>
    </message>
    <message>
        <source>Show values</source>
        <translation>値を表示</translation>
    </message>
    <message>
        <source>Show the secret values in the preview</source>
        <translation>プレビューに秘密の値を表示します</translation>
    </message>
    <message>
        <source>Show values in the preview</source>
        <translation>プレビューに値を表示</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>ファイルのプレビュー</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存先(&amp;T):</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>A new file, or an existing file to update (other lines are kept)</source>
        <translation>新しいファイル、または更新する既存のファイル（ほかの行はそのまま残ります）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Pick where to save the file</source>
        <translation>ファイルの保存先を選びます</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Keep this file updated when tokens refresh</source>
        <translation>トークンの更新時にこのファイルも更新する</translation>
    </message>
    <message>
        <source>After each refresh the new tokens are written into this file, with the same variable names, so a program reading it keeps working</source>
        <translation>更新のたびに新しいトークンを同じ変数名でこのファイルに書き込むので、このファイルを読むプログラムは動き続けます</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <source>Write the file (only you can read it: mode 0600)</source>
        <translation>ファイルを書き出します（本人だけが読めるモード 0600）</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Copy the file text</source>
        <translation>ファイルの内容をコピー</translation>
    </message>
    <message>
        <source>Copy the whole file text (cleared from the clipboard after a short time)</source>
        <translation>ファイルの内容全体をコピーします（しばらくするとクリップボードから消去されます）</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>認証情報を読み込んでいます…</translation>
    </message>
    <message>
        <source>Empty: this value is left out</source>
        <translation>空欄: この値は書き出されません</translation>
    </message>
    <message>
        <source>Environment files (*.env .env);;All files (*)</source>
        <translation>環境変数ファイル (*.env .env);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>シェルスクリプト (*.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>保存先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>A new file with {n} variable(s) will be created.</source>
        <translation>{n} 個の変数を含む新しいファイルを作成します。</translation>
    </message>
    <message>
        <source>This file already holds exactly these values; nothing will change.</source>
        <translation>このファイルにはすでに同じ値が入っているため、変更はありません。</translation>
    </message>
    <message>
        <source>adds {names}</source>
        <translation>{names} を追加</translation>
    </message>
    <message>
        <source>changes {names}</source>
        <translation>{names} を変更</translation>
    </message>
    <message>
        <source>The existing file will be updated: {what}. Other lines stay as they are.</source>
        <translation>既存のファイルを更新します: {what}。ほかの行はそのまま残ります。</translation>
    </message>
    <message>
        <source>export</source>
        <translation>エクスポート内容</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{label} — optional</source>
        <translation>{label}（任意）</translation>
    </message>
    <message>
        <source>In the portal: {where}</source>
        <translation>ポータルでの場所: {where}</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じます</translation>
    </message>
    <message>
        <source>Something went wrong inside twauth-gui.</source>
        <translation>twauth-gui の内部で問題が発生しました。</translation>
    </message>
    <message>
        <source>A report was prepared; please send it to the developers.</source>
        <translation>レポートを用意しました。開発者に送ってください。</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Demo app:</source>
        <translation>デモアプリ:</translation>
    </message>
    <message>
        <source>Confidential client (Web App, has a Client Secret)</source>
        <translation>コンフィデンシャルクライアント（Web App、クライアントシークレットあり）</translation>
    </message>
    <message>
        <source>Public client (Native App, no Client Secret)</source>
        <translation>パブリッククライアント（Native App、クライアントシークレットなし）</translation>
    </message>
    <message>
        <source>Demo app to take keys from</source>
        <translation>キーを取り出すデモアプリ</translation>
    </message>
    <message>
        <source>Fill in the keys of one of the sandbox&apos;s demo apps</source>
        <translation>サンドボックスのデモアプリのキーを入力します</translation>
    </message>
    <message>
        <source>Your app&apos;s OAuth 2.0 keys</source>
        <translation>アプリの OAuth 2.0 キー</translation>
    </message>
    <message>
        <source>Your app&apos;s API Key and Secret</source>
        <translation>アプリの APIキーとシークレット</translation>
    </message>
    <message>
        <source>Your enterprise account</source>
        <translation>エンタープライズアカウント</translation>
    </message>
    <message>
        <source>The token you already have</source>
        <translation>お持ちのトークン</translation>
    </message>
    <message>
        <source>In the developer portal open your app → Keys and tokens, and copy the OAuth 2.0 Client ID and Secret.</source>
        <translation>アプリの Keys and tokens ページから OAuth 2.0 のクライアントIDとシークレットをコピーします。</translation>
    </message>
    <message>
        <source>In the developer portal open your app → Keys and tokens, and copy the Consumer Keys.</source>
        <translation>アプリの Keys and tokens ページから Consumer Keys をコピーします。</translation>
    </message>
    <message>
        <source>The e-mail and password you use for the enterprise console.</source>
        <translation>エンタープライズコンソールで使っているメールアドレスとパスワードです。</translation>
    </message>
    <message>
        <source>Paste the token; it is checked with X on the next page.</source>
        <translation>トークンを貼り付けてください。次のページで X に確認します。</translation>
    </message>
    <message>
        <source>Web App</source>
        <translation>Web App</translation>
    </message>
    <message>
        <source>Native App</source>
        <translation>Native App</translation>
    </message>
    <message>
        <source>Sandbox demo ({kind})</source>
        <translation>サンドボックスのデモ（{kind}）</translation>
    </message>
    <message>
        <source>Sandbox enterprise</source>
        <translation>サンドボックスのエンタープライズ</translation>
    </message>
    <message>
        <source>This will be kept as an app-only Bearer token.</source>
        <translation>アプリ専用の Bearerトークンとして保管します。</translation>
    </message>
    <message>
        <source>This will be kept as an OAuth 2.0 user access token (it stops working after about 2 hours).</source>
        <translation>OAuth 2.0 のユーザーアクセストークンとして保管します（約 2 時間で使えなくなります）。</translation>
    </message>
    <message>
        <source>This will be kept as an OAuth 1.0a access token with its secret.</source>
        <translation>OAuth 1.0a のアクセストークンとして、シークレットと一緒に保管します。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Every language the UI can speak, with its name in that language.</extracomment>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used the next time you start twauth-gui.</source>
        <translation>新しい言語は、次に twauth-gui を起動したときから使われます。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>What will the credentials do?</source>
        <translation>認証情報を何に使いますか？</translation>
    </message>
    <message>
        <source>Pick how your program will talk to X. If unsure, keep the recommended choice.</source>
        <translation>プログラムが X とどうやり取りするかを選びます。迷ったら、おすすめのままで大丈夫です。</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <source>Where should your credentials be kept?</source>
        <translation>認証情報をどこに保管しますか？</translation>
    </message>
    <message>
        <source>An encrypted file is locked with a passphrase you choose. “This session only” writes nothing to disk: credentials are forgotten when you quit.</source>
        <translation>暗号化ファイルは、ご自身で決めたパスフレーズで保護されます。「このセッションのみ」はディスクに何も書き込まず、終了すると認証情報は消去されます。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>Try to open the secret store again</source>
        <translation>シークレットストアをもう一度開いてみます</translation>
    </message>
    <message>
        <source>Use an encrypted file…</source>
        <translation>暗号化ファイルを使う…</translation>
    </message>
    <message>
        <source>Use an encrypted file</source>
        <translation>暗号化ファイルを使う</translation>
    </message>
    <message>
        <source>Keep credentials in a file on this computer, locked with a passphrase</source>
        <translation>認証情報をこのコンピューター上のファイルに、パスフレーズで保護して保管します</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>Keep credentials for this session only</source>
        <translation>認証情報をこのセッションの間だけ保持</translation>
    </message>
    <message>
        <source>Nothing is written to disk; everything is forgotten when you quit</source>
        <translation>ディスクには何も書き込まれず、終了するとすべて消去されます</translation>
    </message>
</context>
<context>
    <name>ReauthorizePage</name>
    <message>
        <source>Authorize “{name}” again</source>
        <translation>「{name}」をもう一度認可</translation>
    </message>
    <message>
        <source>The app&apos;s keys, permissions and callback URL are reused; you only sign in again.</source>
        <translation>アプリのキー、権限、コールバックURLはそのまま使われます。もう一度ログインするだけです。</translation>
    </message>
    <message>
        <source>X no longer accepts this sign-in. Signing in again replaces its tokens; the name stays the same and files kept up to date stay linked and are rewritten with the new tokens.</source>
        <translation>X はこのログインを受け付けなくなりました。もう一度ログインするとトークンが置き換わります。名前はそのままで、自動更新するファイルも引き続き関連付けられ、新しいトークンで書き換えられます。</translation>
    </message>
    <message>
        <source>&amp;Start from the beginning</source>
        <translation>最初からやり直す(&amp;S)</translation>
    </message>
    <message>
        <source>Start the wizard from the beginning</source>
        <translation>ウィザードを最初からやり直す</translation>
    </message>
    <message>
        <source>Enter the app&apos;s keys yourself and get new tokens</source>
        <translation>アプリのキーを自分で入力して、新しいトークンを取得します</translation>
    </message>
    <message>
        <source>Reading the saved app keys…</source>
        <translation>保存されているアプリのキーを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Profile picture</source>
        <translation>プロフィール画像</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop saving</source>
        <translation>保存を中止</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>やり直す(&amp;T)</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>もう一度保存する</translation>
    </message>
    <message>
        <source>Save the credentials to the vault again</source>
        <translation>認証情報をもう一度保管庫に保存します</translation>
    </message>
    <message>
        <source>&amp;Replace the saved one</source>
        <translation>保存済みのものを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the credential with this name</source>
        <translation>この名前の認証情報を置き換える</translation>
    </message>
    <message>
        <source>Overwrite the saved credential that has the same name</source>
        <translation>同じ名前で保存されている認証情報を上書きします</translation>
    </message>
    <message>
        <source>&amp;Export .env…</source>
        <translation>.env をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to a .env file</source>
        <translation>.env ファイルにエクスポート</translation>
    </message>
    <message>
        <source>Write these credentials to a .env, JSON or shell file for your program</source>
        <translation>この認証情報を、プログラム用の .env、JSON、シェルのファイルに書き出します</translation>
    </message>
    <message>
        <source>Your credentials are ready</source>
        <translation>認証情報の準備ができました</translation>
    </message>
    <message>
        <source>Copy what your program needs, or export a .env file. They are also saved in the vault.</source>
        <translation>必要な値をコピーするか、.env ファイルにエクスポートしてください。保管庫にも保存済みです。</translation>
    </message>
    <message>
        <source>Saving to the vault…</source>
        <translation>保管庫に保存しています…</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>保管庫</translation>
    </message>
    <message>
        <source>Saved as “{name}” in {where}.</source>
        <translation>「{name}」という名前で {where} に保存しました。</translation>
    </message>
    <message>
        <source>Authorized again: “{name}” works again.</source>
        <translation>もう一度認可しました。「{name}」が再び使えるようになりました。</translation>
    </message>
    <message>
        <source>{n} linked file(s) rewritten.</source>
        <translation>自動更新するファイルを {n} 件書き換えました。</translation>
    </message>
    <message>
        <source>Programs can read it any time with: twauth token {name}</source>
        <translation>プログラムからはいつでも次のコマンドで読み出せます: twauth token {name}</translation>
    </message>
    <message>
        <source>Some files kept up to date could not be rewritten.</source>
        <translation>一部の自動更新するファイルを書き換えられませんでした。</translation>
    </message>
    <message>
        <source>Signed in as another account than before.</source>
        <translation>以前とは別のアカウントでログインしました。</translation>
    </message>
    <message>
        <source>“{name}” belonged to @{old} and now acts as the account you signed in with. If that was not intended, authorize again signed in as @{old}.</source>
        <translation>「{name}」は @{old} のものでしたが、今回ログインしたアカウントとして動作するようになりました。意図したものでない場合は、@{old} でログインしてもう一度認可してください。</translation>
    </message>
    <message>
        <source>Not stored in a keyring</source>
        <translation>キーリングには保存されていません</translation>
    </message>
    <message>
        <source>Saved, but X did not say whom the credentials belong to.</source>
        <translation>保存しましたが、この認証情報が誰のものか X から返答がありませんでした。</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>保存がキャンセルされました。</translation>
    </message>
    <message>
        <source>The credentials are not saved yet. Press “Try again” to save them.</source>
        <translation>認証情報はまだ保存されていません。「やり直す」を押して保存してください。</translation>
    </message>
    <message>
        <source>App: {app}</source>
        <translation>アプリ: {app}</translation>
    </message>
    <message>
        <source>Allowed: {list}</source>
        <translation>許可された権限: {list}</translation>
    </message>
    <message>
        <source>The access token lasts 2 hours and is renewed automatically.</source>
        <translation>アクセストークンの有効期間は 2 時間で、自動的に更新されます。</translation>
    </message>
    <message>
        <source>The access token stops working after 2 hours.</source>
        <translation>アクセストークンは 2 時間で使えなくなります。</translation>
    </message>
    <message>
        <source>Sandbox credentials: they only work in the sandbox.</source>
        <translation>サンドボックスの認証情報です。サンドボックスでしか使えません。</translation>
    </message>
    <message>
        <source>Read posts</source>
        <translation>ポストの閲覧</translation>
    </message>
    <message>
        <source>See posts, including from protected accounts you follow.</source>
        <translation>フォローしている非公開アカウントのものも含め、ポストを閲覧できます。</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>ポスト</translation>
    </message>
    <message>
        <source>Post and delete posts</source>
        <translation>ポストの投稿と削除</translation>
    </message>
    <message>
        <source>Post, reply, repost and delete posts for you.</source>
        <translation>あなたの代わりにポストの投稿、返信、リポスト、削除ができます。</translation>
    </message>
    <message>
        <source>Hide replies</source>
        <translation>返信の非表示</translation>
    </message>
    <message>
        <source>Hide and unhide replies to your posts.</source>
        <translation>あなたのポストへの返信を非表示にしたり、再表示したりできます。</translation>
    </message>
    <message>
        <source>Upload media</source>
        <translation>メディアのアップロード</translation>
    </message>
    <message>
        <source>Upload photos and videos to attach to posts.</source>
        <translation>ポストに添付する画像や動画をアップロードできます。</translation>
    </message>
    <message>
        <source>See accounts</source>
        <translation>アカウント情報の閲覧</translation>
    </message>
    <message>
        <source>See any account you can see, including your own profile.</source>
        <translation>ご自身のプロフィールを含め、あなたが閲覧できるアカウントの情報を閲覧できます。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>See your email address</source>
        <translation>メールアドレスの閲覧</translation>
    </message>
    <message>
        <source>See the email address of your account.</source>
        <translation>アカウントのメールアドレスを閲覧できます。</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>ログインの維持</translation>
    </message>
    <message>
        <source>Keep access without signing in again every two hours (gives a refresh token).</source>
        <translation>2 時間ごとにログインし直さなくてもアクセスを続けられます（リフレッシュトークンが発行されます）。</translation>
    </message>
    <message>
        <source>See who you follow</source>
        <translation>フォロー関係の閲覧</translation>
    </message>
    <message>
        <source>See who follows you and whom you follow.</source>
        <translation>あなたのフォロワーと、あなたがフォローしているアカウントを閲覧できます。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Follow and unfollow</source>
        <translation>フォローとフォロー解除</translation>
    </message>
    <message>
        <source>Follow and unfollow accounts for you.</source>
        <translation>あなたの代わりにアカウントをフォロー、フォロー解除できます。</translation>
    </message>
    <message>
        <source>See muted accounts</source>
        <translation>ミュート中のアカウントの閲覧</translation>
    </message>
    <message>
        <source>See the accounts you have muted.</source>
        <translation>あなたがミュートしているアカウントを閲覧できます。</translation>
    </message>
    <message>
        <source>Mute and unmute</source>
        <translation>ミュートとミュート解除</translation>
    </message>
    <message>
        <source>Mute and unmute accounts for you.</source>
        <translation>あなたの代わりにアカウントをミュート、ミュート解除できます。</translation>
    </message>
    <message>
        <source>See blocked accounts</source>
        <translation>ブロック中のアカウントの閲覧</translation>
    </message>
    <message>
        <source>See the accounts you have blocked.</source>
        <translation>あなたがブロックしているアカウントを閲覧できます。</translation>
    </message>
    <message>
        <source>Block and unblock</source>
        <translation>ブロックとブロック解除</translation>
    </message>
    <message>
        <source>Block and unblock accounts for you.</source>
        <translation>あなたの代わりにアカウントをブロック、ブロック解除できます。</translation>
    </message>
    <message>
        <source>See likes</source>
        <translation>いいねの閲覧</translation>
    </message>
    <message>
        <source>See posts you liked and who liked yours.</source>
        <translation>あなたがいいねしたポストと、あなたのポストにいいねしたユーザーを閲覧できます。</translation>
    </message>
    <message>
        <source>Likes &amp; lists</source>
        <translation>いいねとリスト</translation>
    </message>
    <message>
        <source>Like and unlike</source>
        <translation>いいねと取り消し</translation>
    </message>
    <message>
        <source>Like and unlike posts for you.</source>
        <translation>あなたの代わりにポストにいいねしたり、取り消したりできます。</translation>
    </message>
    <message>
        <source>See lists</source>
        <translation>リストの閲覧</translation>
    </message>
    <message>
        <source>See lists, their members and followers.</source>
        <translation>リストと、そのメンバーやフォロワーを閲覧できます。</translation>
    </message>
    <message>
        <source>Manage lists</source>
        <translation>リストの管理</translation>
    </message>
    <message>
        <source>Create and manage lists for you.</source>
        <translation>あなたの代わりにリストを作成、管理できます。</translation>
    </message>
    <message>
        <source>See bookmarks</source>
        <translation>ブックマークの閲覧</translation>
    </message>
    <message>
        <source>See your bookmarked posts.</source>
        <translation>ブックマークしたポストを閲覧できます。</translation>
    </message>
    <message>
        <source>Manage bookmarks</source>
        <translation>ブックマークの管理</translation>
    </message>
    <message>
        <source>Add and remove bookmarks for you.</source>
        <translation>あなたの代わりにブックマークを追加、削除できます。</translation>
    </message>
    <message>
        <source>Read direct messages</source>
        <translation>ダイレクトメッセージの閲覧</translation>
    </message>
    <message>
        <source>Read all your direct messages.</source>
        <translation>あなたのダイレクトメッセージをすべて閲覧できます。</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>ダイレクトメッセージ</translation>
    </message>
    <message>
        <source>Send direct messages</source>
        <translation>ダイレクトメッセージの送信</translation>
    </message>
    <message>
        <source>Send and manage direct messages for you.</source>
        <translation>あなたの代わりにダイレクトメッセージを送信、管理できます。</translation>
    </message>
    <message>
        <source>See Spaces</source>
        <translation>スペースの閲覧</translation>
    </message>
    <message>
        <source>See Spaces information.</source>
        <translation>スペースの情報を閲覧できます。</translation>
    </message>
    <message>
        <source>Spaces &amp; broadcasts</source>
        <translation>スペースとライブ配信</translation>
    </message>
    <message>
        <source>See broadcasts</source>
        <translation>ライブ配信の閲覧</translation>
    </message>
    <message>
        <source>See live broadcasts.</source>
        <translation>ライブ配信を閲覧できます。</translation>
    </message>
    <message>
        <source>Manage broadcasts</source>
        <translation>ライブ配信の管理</translation>
    </message>
    <message>
        <source>Create and manage live broadcasts for you.</source>
        <translation>あなたの代わりにライブ配信を作成、管理できます。</translation>
    </message>
    <message>
        <source>Read timelines</source>
        <translation>タイムラインの閲覧</translation>
    </message>
    <message>
        <source>Read your home timeline and other timelines.</source>
        <translation>ホームタイムラインやその他のタイムラインを閲覧できます。</translation>
    </message>
    <message>
        <source>See ads data</source>
        <translation>広告データの閲覧</translation>
    </message>
    <message>
        <source>See your ads accounts, campaigns and analytics.</source>
        <translation>広告アカウント、キャンペーン、分析データを閲覧できます。</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>Manage ads</source>
        <translation>広告の管理</translation>
    </message>
    <message>
        <source>Create and manage ads campaigns for you.</source>
        <translation>あなたの代わりに広告キャンペーンを作成、管理できます。</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <translation>APIキーシークレット</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <translation>アクセストークンシークレット</translation>
    </message>
    <message>
        <source>Refresh Token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>Bearer Token</source>
        <translation>Bearerトークン</translation>
    </message>
    <message>
        <source>E-mail (username)</source>
        <translation>メールアドレス（ユーザー名）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>&amp;Allow the app to:</source>
        <translation>アプリに許可する操作(&amp;A):</translation>
    </message>
    <message>
        <source>Custom selection</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Permission preset</source>
        <translation>権限のプリセット</translation>
    </message>
    <message>
        <source>What the tokens will be allowed to do</source>
        <translation>トークンに許可する操作</translation>
    </message>
    <message>
        <source>Choose one by one</source>
        <translation>個別に選ぶ</translation>
    </message>
    <message>
        <source>Choose permissions one by one</source>
        <translation>権限を個別に選ぶ</translation>
    </message>
    <message>
        <source>Show every permission as a check box</source>
        <translation>すべての権限をチェックボックスで表示します</translation>
    </message>
    <message>
        <source>Includes: {list}.</source>
        <translation>含まれる権限: {list}。</translation>
    </message>
    <message>
        <source>No permission chosen.</source>
        <translation>権限が選ばれていません。</translation>
    </message>
    <message>
        <source>Pick at least one permission.</source>
        <translation>権限を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Read posts</source>
        <translation>ポストの閲覧</translation>
    </message>
    <message>
        <source>See posts, including from protected accounts you follow.</source>
        <translation>フォローしている非公開アカウントのものも含め、ポストを閲覧できます。</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>ポスト</translation>
    </message>
    <message>
        <source>Post and delete posts</source>
        <translation>ポストの投稿と削除</translation>
    </message>
    <message>
        <source>Post, reply, repost and delete posts for you.</source>
        <translation>あなたの代わりにポストの投稿、返信、リポスト、削除ができます。</translation>
    </message>
    <message>
        <source>Hide replies</source>
        <translation>返信の非表示</translation>
    </message>
    <message>
        <source>Hide and unhide replies to your posts.</source>
        <translation>あなたのポストへの返信を非表示にしたり、再表示したりできます。</translation>
    </message>
    <message>
        <source>Upload media</source>
        <translation>メディアのアップロード</translation>
    </message>
    <message>
        <source>Upload photos and videos to attach to posts.</source>
        <translation>ポストに添付する画像や動画をアップロードできます。</translation>
    </message>
    <message>
        <source>See accounts</source>
        <translation>アカウント情報の閲覧</translation>
    </message>
    <message>
        <source>See any account you can see, including your own profile.</source>
        <translation>ご自身のプロフィールを含め、あなたが閲覧できるアカウントの情報を閲覧できます。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>See your email address</source>
        <translation>メールアドレスの閲覧</translation>
    </message>
    <message>
        <source>See the email address of your account.</source>
        <translation>アカウントのメールアドレスを閲覧できます。</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>ログインの維持</translation>
    </message>
    <message>
        <source>Keep access without signing in again every two hours (gives a refresh token).</source>
        <translation>2 時間ごとにログインし直さなくてもアクセスを続けられます（リフレッシュトークンが発行されます）。</translation>
    </message>
    <message>
        <source>See who you follow</source>
        <translation>フォロー関係の閲覧</translation>
    </message>
    <message>
        <source>See who follows you and whom you follow.</source>
        <translation>あなたのフォロワーと、あなたがフォローしているアカウントを閲覧できます。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Follow and unfollow</source>
        <translation>フォローとフォロー解除</translation>
    </message>
    <message>
        <source>Follow and unfollow accounts for you.</source>
        <translation>あなたの代わりにアカウントをフォロー、フォロー解除できます。</translation>
    </message>
    <message>
        <source>See muted accounts</source>
        <translation>ミュート中のアカウントの閲覧</translation>
    </message>
    <message>
        <source>See the accounts you have muted.</source>
        <translation>あなたがミュートしているアカウントを閲覧できます。</translation>
    </message>
    <message>
        <source>Mute and unmute</source>
        <translation>ミュートとミュート解除</translation>
    </message>
    <message>
        <source>Mute and unmute accounts for you.</source>
        <translation>あなたの代わりにアカウントをミュート、ミュート解除できます。</translation>
    </message>
    <message>
        <source>See blocked accounts</source>
        <translation>ブロック中のアカウントの閲覧</translation>
    </message>
    <message>
        <source>See the accounts you have blocked.</source>
        <translation>あなたがブロックしているアカウントを閲覧できます。</translation>
    </message>
    <message>
        <source>Block and unblock</source>
        <translation>ブロックとブロック解除</translation>
    </message>
    <message>
        <source>Block and unblock accounts for you.</source>
        <translation>あなたの代わりにアカウントをブロック、ブロック解除できます。</translation>
    </message>
    <message>
        <source>See likes</source>
        <translation>いいねの閲覧</translation>
    </message>
    <message>
        <source>See posts you liked and who liked yours.</source>
        <translation>あなたがいいねしたポストと、あなたのポストにいいねしたユーザーを閲覧できます。</translation>
    </message>
    <message>
        <source>Likes &amp; lists</source>
        <translation>いいねとリスト</translation>
    </message>
    <message>
        <source>Like and unlike</source>
        <translation>いいねと取り消し</translation>
    </message>
    <message>
        <source>Like and unlike posts for you.</source>
        <translation>あなたの代わりにポストにいいねしたり、取り消したりできます。</translation>
    </message>
    <message>
        <source>See lists</source>
        <translation>リストの閲覧</translation>
    </message>
    <message>
        <source>See lists, their members and followers.</source>
        <translation>リストと、そのメンバーやフォロワーを閲覧できます。</translation>
    </message>
    <message>
        <source>Manage lists</source>
        <translation>リストの管理</translation>
    </message>
    <message>
        <source>Create and manage lists for you.</source>
        <translation>あなたの代わりにリストを作成、管理できます。</translation>
    </message>
    <message>
        <source>See bookmarks</source>
        <translation>ブックマークの閲覧</translation>
    </message>
    <message>
        <source>See your bookmarked posts.</source>
        <translation>ブックマークしたポストを閲覧できます。</translation>
    </message>
    <message>
        <source>Manage bookmarks</source>
        <translation>ブックマークの管理</translation>
    </message>
    <message>
        <source>Add and remove bookmarks for you.</source>
        <translation>あなたの代わりにブックマークを追加、削除できます。</translation>
    </message>
    <message>
        <source>Read direct messages</source>
        <translation>ダイレクトメッセージの閲覧</translation>
    </message>
    <message>
        <source>Read all your direct messages.</source>
        <translation>あなたのダイレクトメッセージをすべて閲覧できます。</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>ダイレクトメッセージ</translation>
    </message>
    <message>
        <source>Send direct messages</source>
        <translation>ダイレクトメッセージの送信</translation>
    </message>
    <message>
        <source>Send and manage direct messages for you.</source>
        <translation>あなたの代わりにダイレクトメッセージを送信、管理できます。</translation>
    </message>
    <message>
        <source>See Spaces</source>
        <translation>スペースの閲覧</translation>
    </message>
    <message>
        <source>See Spaces information.</source>
        <translation>スペースの情報を閲覧できます。</translation>
    </message>
    <message>
        <source>Spaces &amp; broadcasts</source>
        <translation>スペースとライブ配信</translation>
    </message>
    <message>
        <source>See broadcasts</source>
        <translation>ライブ配信の閲覧</translation>
    </message>
    <message>
        <source>See live broadcasts.</source>
        <translation>ライブ配信を閲覧できます。</translation>
    </message>
    <message>
        <source>Manage broadcasts</source>
        <translation>ライブ配信の管理</translation>
    </message>
    <message>
        <source>Create and manage live broadcasts for you.</source>
        <translation>あなたの代わりにライブ配信を作成、管理できます。</translation>
    </message>
    <message>
        <source>Read timelines</source>
        <translation>タイムラインの閲覧</translation>
    </message>
    <message>
        <source>Read your home timeline and other timelines.</source>
        <translation>ホームタイムラインやその他のタイムラインを閲覧できます。</translation>
    </message>
    <message>
        <source>See ads data</source>
        <translation>広告データの閲覧</translation>
    </message>
    <message>
        <source>See your ads accounts, campaigns and analytics.</source>
        <translation>広告アカウント、キャンペーン、分析データを閲覧できます。</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>Manage ads</source>
        <translation>広告の管理</translation>
    </message>
    <message>
        <source>Create and manage ads campaigns for you.</source>
        <translation>あなたの代わりに広告キャンペーンを作成、管理できます。</translation>
    </message>
    <message>
        <source>Read posts and profiles; cannot change anything.</source>
        <translation>ポストとプロフィールを閲覧できます。変更は一切できません。</translation>
    </message>
    <message>
        <source>Post on my behalf</source>
        <translation>自分の代わりにポスト</translation>
    </message>
    <message>
        <source>Read, post, reply, repost, delete posts and upload media.</source>
        <translation>ポストの閲覧、投稿、返信、リポスト、削除と、メディアのアップロードができます。</translation>
    </message>
    <message>
        <source>Read and send direct messages.</source>
        <translation>ダイレクトメッセージの閲覧と送信ができます。</translation>
    </message>
    <message>
        <source>Likes, follows and lists</source>
        <translation>いいね・フォロー・リスト</translation>
    </message>
    <message>
        <source>Read posts and manage likes, follows, bookmarks and lists.</source>
        <translation>ポストの閲覧と、いいね、フォロー、ブックマーク、リストの管理ができます。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Every standard permission (not ads, not the newer broadcast/timeline scopes).</source>
        <translation>標準の権限すべて（広告と、新しいライブ配信・タイムラインのスコープは除きます）。</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Copy {label}</source>
        <translation>{label}をコピー</translation>
    </message>
    <message>
        <source>Copy {label} to the clipboard (cleared again after a short time)</source>
        <translation>{label}をクリップボードにコピーします（しばらくすると消去されます）</translation>
    </message>
    <message>
        <source>Copy {label} to the clipboard</source>
        <translation>{label}をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Hide {label}</source>
        <translation>{label}を隠す</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>{label}を表示</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Test address — optional</source>
        <translation>テスト用アドレス（任意）</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>テスト用アドレス</translation>
    </message>
    <message>
        <source>An enterprise API address to try the e-mail and password against (a GET request)</source>
        <translation>メールアドレスとパスワードを試すエンタープライズ API のアドレス（GET リクエスト）</translation>
    </message>
    <message>
        <source>An enterprise API address (for example your usage or search endpoint) to check the password with.</source>
        <translation>パスワードの確認に使うエンタープライズ API のアドレス（使用状況や検索のエンドポイントなど）です。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存名</translation>
    </message>
    <message>
        <source>Name to save the credentials under</source>
        <translation>認証情報を保存する名前</translation>
    </message>
    <message>
        <source>A short name; scripts can get the token with “twauth token NAME”</source>
        <translation>短い名前を付けてください。スクリプトからは「twauth token 名前」でトークンを取得できます</translation>
    </message>
    <message>
        <source>A short name for these credentials. Scripts read them with “twauth token NAME”.</source>
        <translation>この認証情報に付ける短い名前です。スクリプトからは「twauth token 名前」で読み出せます。</translation>
    </message>
    <message>
        <source>Authorizing again replaces the tokens saved under this name. Files kept up to date stay linked and get the new tokens.</source>
        <translation>もう一度認可すると、この名前で保存されているトークンが置き換わります。自動更新するファイルは引き続き関連付けられ、新しいトークンが書き込まれます。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop this check</source>
        <translation>この確認を中止</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>確認をもう一度実行</translation>
    </message>
    <message>
        <source>Check the keys and settings with X again</source>
        <translation>キーと設定をもう一度 X で確認します</translation>
    </message>
    <message>
        <source>Callback URL and permissions</source>
        <translation>コールバックURLと権限</translation>
    </message>
    <message>
        <source>How X returns to twauth-gui</source>
        <translation>X から twauth-gui に戻る方法</translation>
    </message>
    <message>
        <source>Check the keys</source>
        <translation>キーの確認</translation>
    </message>
    <message>
        <source>Check the account</source>
        <translation>アカウントの確認</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>トークンの確認</translation>
    </message>
    <message>
        <source>Register the callback URL in the portal, pick what the app may do, and name the credentials.</source>
        <translation>ポータルにコールバックURLを登録し、アプリに許可する操作を選んで、認証情報に名前を付けてください。</translation>
    </message>
    <message>
        <source>Register the callback URL in the portal, or use a PIN instead.</source>
        <translation>ポータルにコールバックURLを登録するか、代わりに PIN を使ってください。</translation>
    </message>
    <message>
        <source>The keys are checked with X, which issues the app&apos;s Bearer token.</source>
        <translation>キーを X で確認し、アプリの Bearerトークンを発行してもらいます。</translation>
    </message>
    <message>
        <source>Optionally test the e-mail and password, and name them.</source>
        <translation>必要に応じてメールアドレスとパスワードを試し、名前を付けてください。</translation>
    </message>
    <message>
        <source>The token is checked with X to see whom it belongs to.</source>
        <translation>トークンが誰のものかを X で確認します。</translation>
    </message>
    <message>
        <source>Authorize “{name}” again</source>
        <translation>「{name}」をもう一度認可</translation>
    </message>
    <message>
        <source>Everything is filled in from the saved credential. Check it, then sign in again.</source>
        <translation>保存済みの認証情報からすべて入力済みです。内容を確認して、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Authorize &gt;</source>
        <translation>認可(&amp;A) &gt;</translation>
    </message>
    <message>
        <source>Replaces the saved “{name}”.</source>
        <translation>保存済みの「{name}」を置き換えます。</translation>
    </message>
    <message>
        <source>Checking the Client ID with X…</source>
        <translation>クライアントIDを X で確認しています…</translation>
    </message>
    <message>
        <source>Checking the API Key and the callback URL with X…</source>
        <translation>APIキーとコールバックURLを X で確認しています…</translation>
    </message>
    <message>
        <source>Getting the app&apos;s Bearer token from X…</source>
        <translation>アプリの Bearerトークンを X から取得しています…</translation>
    </message>
    <message>
        <source>Trying the e-mail and password…</source>
        <translation>メールアドレスとパスワードを試しています…</translation>
    </message>
    <message>
        <source>Asking X whom this token belongs to…</source>
        <translation>このトークンが誰のものか X に問い合わせています…</translation>
    </message>
    <message>
        <source>Looks good.</source>
        <translation>問題ありません。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>確認がキャンセルされました。</translation>
    </message>
    <message>
        <source>Press “Check again” when you are ready.</source>
        <translation>準備ができたら「もう一度確認」を押してください。</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>TokenWizard</name>
    <message>
        <source>Get new tokens</source>
        <translation>新しいトークンを取得</translation>
    </message>
    <message>
        <source>Get new tokens — Sandbox</source>
        <translation>新しいトークンを取得 — サンドボックス</translation>
    </message>
    <message>
        <source>Authorize again — {name}</source>
        <translation>もう一度認可 — {name}</translation>
    </message>
    <message>
        <source>Authorize again — {name} — Sandbox</source>
        <translation>もう一度認可 — {name} — サンドボックス</translation>
    </message>
</context>
<context>
    <name>VaultStatus</name>
    <message>
        <source>{n} s</source>
        <translation>{n}秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}時間{m}分</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h}時間</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n}日</translation>
    </message>
    <message>
        <source>OAuth 2.0 — acts as an account</source>
        <translation>OAuth 2.0 — アカウントとして操作</translation>
    </message>
    <message>
        <source>OAuth 1.0a — acts as an account</source>
        <translation>OAuth 1.0a — アカウントとして操作</translation>
    </message>
    <message>
        <source>Bearer token — read-only app access</source>
        <translation>Bearerトークン — アプリとして読み取り専用</translation>
    </message>
    <message>
        <source>Bearer token (pasted)</source>
        <translation>Bearerトークン（貼り付け）</translation>
    </message>
    <message>
        <source>Enterprise — username and password</source>
        <translation>エンタープライズ — ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>エンタープライズ</translation>
    </message>
    <message>
        <source>Revoked — X no longer accepts it</source>
        <translation>無効化済み — X で使えなくなっています</translation>
    </message>
    <message>
        <source>Sign-in ended — authorize again</source>
        <translation>ログインが切れました — もう一度認可してください</translation>
    </message>
    <message>
        <source>App context — no user</source>
        <translation>アプリとして動作 — ユーザーなし</translation>
    </message>
    <message>
        <source>Refresh failed — try again</source>
        <translation>更新に失敗しました — もう一度お試しください</translation>
    </message>
    <message>
        <source>Valid — does not expire</source>
        <translation>有効 — 期限なし</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired {span} ago</source>
        <translation>{span}前に期限切れ</translation>
    </message>
    <message>
        <source>Refresh failed — expires in {span}</source>
        <translation>更新に失敗 — あと{span}で期限切れ</translation>
    </message>
    <message>
        <source>Expires in {span}</source>
        <translation>あと{span}で期限切れ</translation>
    </message>
    <message>
        <source>Valid — expires in {span}</source>
        <translation>有効 — あと{span}で期限切れ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>Sign-in ended</source>
        <translation>ログイン切れ</translation>
    </message>
    <message>
        <source>App context</source>
        <translation>アプリとして動作</translation>
    </message>
    <message>
        <source>Valid · {span}</source>
        <translation>有効 · 残り{span}</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>更新に失敗</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <translation>APIキーシークレット</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <translation>アクセストークンシークレット</translation>
    </message>
    <message>
        <source>Refresh Token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>Bearer Token</source>
        <translation>Bearerトークン</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>VaultWindow</name>
    <message>
        <source>twauth-gui — X API credentials</source>
        <translation>twauth-gui — X API 認証情報</translation>
    </message>
    <message>
        <source>twauth-gui — Sandbox</source>
        <translation>twauth-gui — サンドボックス</translation>
    </message>
    <message>
        <source>&amp;Get new tokens…</source>
        <translation>新しいトークンを取得(&amp;G)…</translation>
    </message>
    <message>
        <source>Start the wizard to get new keys and tokens (Ctrl+N)</source>
        <translation>ウィザードを開始して、新しいキーとトークンを取得します（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list of saved credentials again (F5)</source>
        <translation>保存済みの認証情報の一覧を読み込み直します（F5）</translation>
    </message>
    <message>
        <source>&amp;About twauth-gui</source>
        <translation>twauth-gui について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>バージョンとライセンス</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit twauth-gui (copied secrets are cleared)</source>
        <translation>twauth-gui を終了します（コピーした秘密の値は消去されます）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>サンドボックスモード</translation>
    </message>
    <message>
        <source>Sandbox mode: talking to a local stand-in for X. Tokens made here only work in the sandbox and are stored apart from real ones.</source>
        <translation>サンドボックスモード: X の代わりにローカルの代役と通信しています。ここで作ったトークンはサンドボックスでしか使えず、本物のトークンとは別に保管されます。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Saved credentials</source>
        <translation>保存済みの認証情報</translation>
    </message>
    <message>
        <source>Your apps and the credentials saved for each</source>
        <translation>アプリと、それぞれに保存された認証情報</translation>
    </message>
    <message>
        <source>Select a credential to see its details.</source>
        <translation>認証情報を選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>Opening the secret store…</source>
        <translation>シークレットストアを開いています…</translation>
    </message>
    <message>
        <source>Secret store in use</source>
        <translation>使用中のシークレットストア</translation>
    </message>
    <message>
        <source>Where your keys and tokens are kept</source>
        <translation>キーとトークンの保管場所</translation>
    </message>
    <message>
        <source>Enter passphrase…</source>
        <translation>パスフレーズを入力…</translation>
    </message>
    <message>
        <source>Use an encrypted file…</source>
        <translation>暗号化ファイルを使う…</translation>
    </message>
    <message>
        <source>No secret store available</source>
        <translation>使えるシークレットストアがありません</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>シークレットストア</translation>
    </message>
    <message>
        <source>Session only — credentials are forgotten when you quit</source>
        <translation>セッションのみ — 終了すると認証情報は消去されます</translation>
    </message>
    <message>
        <source>Stored in an encrypted file (passphrase) — not the system keyring</source>
        <translation>暗号化ファイル（パスフレーズ）に保管 — システムのキーリングではありません</translation>
    </message>
    <message>
        <source>Stored in {name}</source>
        <translation>{name} に保管</translation>
    </message>
    <message>
        <source>Stored in {name} — not secure</source>
        <translation>{name} に保管 — 安全ではありません</translation>
    </message>
    <message>
        <source> · sandbox credentials, kept apart</source>
        <translation> · サンドボックスの認証情報（別に保管）</translation>
    </message>
    <message>
        <source>Unnamed app</source>
        <translation>名前のないアプリ</translation>
    </message>
    <message>
        <source>App: {app}</source>
        <translation>アプリ: {app}</translation>
    </message>
    <message>
        <source>this app (no user)</source>
        <translation>このアプリ（ユーザーなし）</translation>
    </message>
    <message>
        <source>X accepts these credentials.</source>
        <translation>X はこの認証情報を受け付けています。</translation>
    </message>
    <message>
        <source>They belong to {who}.</source>
        <translation>{who} の認証情報です。</translation>
    </message>
    <message>
        <source>Asking X who these credentials belong to…</source>
        <translation>この認証情報が誰のものか X に問い合わせています…</translation>
    </message>
    <message>
        <source>Fresh tokens saved.</source>
        <translation>新しいトークンを保存しました。</translation>
    </message>
    <message>
        <source>Files kept up to date were rewritten.</source>
        <translation>自動更新するファイルを書き換えました。</translation>
    </message>
    <message>
        <source>Getting a fresh access token from X…</source>
        <translation>新しいアクセストークンを X から取得しています…</translation>
    </message>
    <message>
        <source>Revoke credentials</source>
        <translation>認証情報の無効化</translation>
    </message>
    <message>
        <source>Revoke “{name}” at X and remove it from this computer?</source>
        <translation>「{name}」を X で無効化し、このコンピューターから削除しますか？</translation>
    </message>
    <message>
        <source>Apps and scripts using these tokens will stop working.</source>
        <translation>このトークンを使っているアプリやスクリプトは動かなくなります。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Revoked “{name}” at X and removed it from this computer.</source>
        <translation>「{name}」を X で無効化し、このコンピューターから削除しました。</translation>
    </message>
    <message>
        <source>Removed “{name}” from this computer only — NOT revoked at X.</source>
        <translation>「{name}」をこのコンピューターからのみ削除しました — X では無効化されていません。</translation>
    </message>
    <message>
        <source>X cannot be reached</source>
        <translation>X に接続できません</translation>
    </message>
    <message>
        <source>X could not be reached, so “{name}” was not revoked.</source>
        <translation>X に接続できなかったため、「{name}」は無効化されていません。</translation>
    </message>
    <message>
        <source>Remove it from this computer only? It is NOT revoked at X: it stays valid there until you revoke it in the developer portal (your app → Keys and tokens → Regenerate).</source>
        <translation>このコンピューターからだけ削除しますか？ X では無効化されません。開発者ポータルで無効化する（対象のアプリ → Keys and tokens → Regenerate）まで、X では有効なままです。</translation>
    </message>
    <message>
        <source>Remove from this computer only (NOT revoked at X)</source>
        <translation>このコンピューターからのみ削除（X では無効化されません）</translation>
    </message>
    <message>
        <source>Revoking at X…</source>
        <translation>X で無効化しています…</translation>
    </message>
    <message>
        <source>Delete credentials</source>
        <translation>認証情報の削除</translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer?</source>
        <translation>「{name}」をこのコンピューターから削除しますか？</translation>
    </message>
    <message>
        <source>This does not sign out at X: the tokens stay valid there. Use Revoke to sign out at X as well.</source>
        <translation>X からはログアウトしないため、トークンは X で有効なままです。X でもログアウトするには「無効化」を使ってください。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除しています…</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>すべて無効化</translation>
    </message>
    <message>
        <source>Revoke all {n} credential(s) of “{app}” at X and remove them here?</source>
        <translation>「{app}」の認証情報 {n} 件をすべて X で無効化し、ここから削除しますか？</translation>
    </message>
    <message>
        <source>Every app and script using them will stop working.</source>
        <translation>これらを使っているアプリやスクリプトはすべて動かなくなります。</translation>
    </message>
    <message>
        <source>Removed from this computer only — NOT revoked at X: {names}</source>
        <translation>このコンピューターからのみ削除しました — X では無効化されていません: {names}</translation>
    </message>
    <message>
        <source>Some credentials could not be revoked.</source>
        <translation>一部の認証情報を無効化できませんでした。</translation>
    </message>
    <message>
        <source>Signed out here, but not everywhere.</source>
        <translation>このコンピューターからは削除しましたが、X で無効化できなかったものがあります。</translation>
    </message>
    <message>
        <source>Signed out {n} credential(s).</source>
        <translation>{n} 件の認証情報を無効化しました。</translation>
    </message>
    <message>
        <source>X could not be reached, so {n} credential(s) of “{app}” were not revoked.</source>
        <translation>X に接続できなかったため、「{app}」の認証情報 {n} 件は無効化されていません。</translation>
    </message>
    <message>
        <source>Remove them from this computer only? They are NOT revoked at X: they stay valid there until you revoke them in the developer portal.</source>
        <translation>このコンピューターからだけ削除しますか？ X では無効化されません。開発者ポータルで無効化するまで、X では有効なままです。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Sign out everywhere for this app…</source>
        <translation>このアプリの認証情報をすべて無効化…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>無効化…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Encrypted vault file</source>
        <translation>暗号化された保管庫ファイル</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted vault file (at least 8 characters).
Keep it safe: without it the saved credentials cannot be read.</source>
        <translation>暗号化された保管庫ファイルのパスフレーズ（8 文字以上）。
大切に保管してください。パスフレーズがないと、保存した認証情報は読み出せません。</translation>
    </message>
    <message>
        <source>Get new tokens</source>
        <translation>新しいトークンを取得</translation>
    </message>
    <message>
        <source>The token wizard is not available in this build.</source>
        <translation>このビルドではトークン取得ウィザードを使えません。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Get X API credentials</source>
        <translation>X API の認証情報を取得</translation>
    </message>
    <message>
        <source>This wizard gets working keys and tokens for the X API and keeps them safely in your keyring. It takes about two minutes.</source>
        <translation>X API のキーとトークンを取得し、キーリングに安全に保管します。所要時間は 2 分ほどです。</translation>
    </message>
    <message>
        <source>What you will need</source>
        <translation>必要なもの</translation>
    </message>
    <message>
        <source>An X developer account with an app — create one for free in the developer portal.</source>
        <translation>アプリを作成済みの X 開発者アカウント（開発者ポータルで無料で作成できます）。</translation>
    </message>
    <message>
        <source>The app&apos;s keys from its &lt;i&gt;Keys and tokens&lt;/i&gt; page: the API Key and Secret, or the OAuth 2.0 Client ID and Secret. The next pages say exactly which ones.</source>
        <translation>アプリの &lt;i&gt;Keys and tokens&lt;/i&gt; ページにあるキー: APIキーとシークレット、または OAuth 2.0 のクライアントIDとシークレット。どれが必要かは次のページで具体的に案内します。</translation>
    </message>
    <message>
        <source>A web browser where you can sign in to the X account the tokens are for.</source>
        <translation>トークンを発行したい X アカウントにログインできるウェブブラウザー。</translation>
    </message>
    <message>
        <source>Open the X developer portal</source>
        <translation>X 開発者ポータルを開く</translation>
    </message>
    <message>
        <source>How it goes</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Choose what the credentials will do.</source>
        <translation>認証情報を何に使うかを選びます。</translation>
    </message>
    <message>
        <source>Paste the app&apos;s keys — each field says where to find them.</source>
        <translation>アプリのキーを貼り付けます。各欄に、どこで見つかるかが書いてあります。</translation>
    </message>
    <message>
        <source>Register the callback URL shown, pick permissions; the keys are checked with X.</source>
        <translation>表示されたコールバックURLを登録し、権限を選びます。キーは X で確認されます。</translation>
    </message>
    <message>
        <source>Click “Authorize app” in your browser.</source>
        <translation>ブラウザーで「アプリを認可」をクリックします。</translation>
    </message>
    <message>
        <source>Copy the tokens or export a .env file; they stay in the vault.</source>
        <translation>トークンをコピーするか、.env ファイルにエクスポートします。トークンは保管庫に残ります。</translation>
    </message>
    <message>
        <source>You are in sandbox mode: demo keys are filled in for you and a demo account signs in, so you can try every step without a developer account.</source>
        <translation>サンドボックスモードです。デモ用のキーがあらかじめ入力され、デモアカウントでログインするので、開発者アカウントがなくてもすべての手順を試せます。</translation>
    </message>
    <message>
        <source>Your keys and tokens are only sent to X and stored in this computer&apos;s keyring — never in plain files unless you export them.</source>
        <translation>キーとトークンは X にだけ送信され、このコンピューターのキーリングに保管されます。エクスポートしない限り、暗号化されていないファイルに書き出されることはありません。</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Demo keys, demo account — nothing here touches the real X.</source>
        <translation>デモ用のキーとアカウントです。本物の X には一切アクセスしません。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>サンドボックスモード</translation>
    </message>
    <message>
        <source>Sandbox mode: a local stand-in for X. Tokens made here only work in the sandbox.</source>
        <translation>サンドボックスモード: X のローカルな代役です。ここで作ったトークンはサンドボックスでしか使えません。</translation>
    </message>
</context>
<context>
    <name>twauth_gui.core.flow</name>
    <message>
        <source>You already have a token: choose “I already have a token — paste it” on the method page.</source>
        <translation>これはすでに発行済みのトークンです。方式の選択ページで「トークンを持っている — 貼り付けて保管」を選んでください。</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>アプリ名</translation>
    </message>
    <message>
        <source>Your own label for this app, e.g. its name in the developer portal (Projects &amp; Apps).</source>
        <translation>このアプリに付ける名前です。開発者ポータル（Projects &amp; Apps）での名前などにしてください。</translation>
    </message>
    <message>
        <source>API Key (Consumer Key)</source>
        <translation>APIキー（コンシューマーキー）</translation>
    </message>
    <message>
        <source>Keys and tokens → Consumer Keys → API Key</source>
        <translation>Keys and tokens → Consumer Keys → API Key</translation>
    </message>
    <message>
        <source>API Key Secret (Consumer Secret)</source>
        <translation>APIキーシークレット（コンシューマーシークレット）</translation>
    </message>
    <message>
        <source>Keys and tokens → Consumer Keys → API Key Secret</source>
        <translation>Keys and tokens → Consumer Keys → API Key Secret</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <source>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client ID</source>
        <translation>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client ID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client Secret. Leave it empty for a Native App or Single page App (public client).</source>
        <translation>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client Secret。Native App や Single page App（パブリッククライアント）の場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>E-mail (username)</source>
        <translation>メールアドレス（ユーザー名）</translation>
    </message>
    <message>
        <source>The e-mail address of your enterprise account (console.gnip.com)</source>
        <translation>エンタープライズアカウントのメールアドレス（console.gnip.com）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The password of your enterprise account</source>
        <translation>エンタープライズアカウントのパスワード</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>A Bearer Token, an OAuth 2.0 access token, or an OAuth 1.0a Access Token (Keys and tokens → Authentication Tokens)</source>
        <translation>Bearerトークン、OAuth 2.0 のアクセストークン、または OAuth 1.0a のアクセストークン（Keys and tokens → Authentication Tokens）</translation>
    </message>
    <message>
        <source>Access Token Secret (OAuth 1.0a only)</source>
        <translation>アクセストークンシークレット（OAuth 1.0a のみ）</translation>
    </message>
    <message>
        <source>Keys and tokens → Authentication Tokens → Access Token Secret</source>
        <translation>Keys and tokens → Authentication Tokens → Access Token Secret</translation>
    </message>
    <message>
        <source>API Key (OAuth 1.0a only)</source>
        <translation>APIキー（OAuth 1.0a のみ）</translation>
    </message>
    <message>
        <source>API Key Secret (OAuth 1.0a only)</source>
        <translation>APIキーシークレット（OAuth 1.0a のみ）</translation>
    </message>
    <message>
        <source>an API Key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>an API Key Secret</source>
        <translation>APIキーシークレット</translation>
    </message>
    <message>
        <source>an OAuth 1.0a Access Token</source>
        <translation>OAuth 1.0a のアクセストークン</translation>
    </message>
    <message>
        <source>an Access Token Secret</source>
        <translation>アクセストークンシークレット</translation>
    </message>
    <message>
        <source>a Bearer Token</source>
        <translation>Bearerトークン</translation>
    </message>
    <message>
        <source>an OAuth 2.0 Client ID</source>
        <translation>OAuth 2.0 のクライアントID</translation>
    </message>
    <message>
        <source>an OAuth 2.0 Client Secret</source>
        <translation>OAuth 2.0 のクライアントシークレット</translation>
    </message>
    <message>
        <source>an OAuth 2.0 access token</source>
        <translation>OAuth 2.0 のアクセストークン</translation>
    </message>
    <message>
        <source>an OAuth 2.0 refresh token</source>
        <translation>OAuth 2.0 のリフレッシュトークン</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>ウェブアドレス</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>別の値</translation>
    </message>
    <message>
        <source>An API Key is usually 25 letters and digits.</source>
        <translation>APIキーは通常、英数字 25 文字です。</translation>
    </message>
    <message>
        <source>An API Key Secret is usually 50 letters and digits.</source>
        <translation>APIキーシークレットは通常、英数字 50 文字です。</translation>
    </message>
    <message>
        <source>A Client ID is usually about 34 letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>クライアントIDは通常、英数字と &apos;-&apos;、&apos;_&apos; からなる 34 文字前後です。</translation>
    </message>
    <message>
        <source>A Client Secret is usually 50 letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>クライアントシークレットは通常、英数字と &apos;-&apos;、&apos;_&apos; からなる 50 文字です。</translation>
    </message>
    <message>
        <source>An Access Token Secret is usually 45 letters and digits.</source>
        <translation>アクセストークンシークレットは通常、英数字 45 文字です。</translation>
    </message>
    <message>
        <source>It belongs in “API Key (Consumer Key)” (OAuth 1.0a or Bearer).</source>
        <translation>これは「APIキー（コンシューマーキー）」欄に入れる値です（OAuth 1.0a または Bearer）。</translation>
    </message>
    <message>
        <source>It belongs in “Client ID” — choose OAuth 2.0 on the method page.</source>
        <translation>これは「クライアントID」欄に入れる値です。方式の選択ページで OAuth 2.0 を選んでください。</translation>
    </message>
    <message>
        <source>It belongs in “Client Secret” — choose OAuth 2.0 on the method page.</source>
        <translation>これは「クライアントシークレット」欄に入れる値です。方式の選択ページで OAuth 2.0 を選んでください。</translation>
    </message>
    <message>
        <source>Paste the access token instead; refresh tokens are kept for you.</source>
        <translation>代わりにアクセストークンを貼り付けてください。リフレッシュトークンはこちらで管理します。</translation>
    </message>
    <message>
        <source>Paste the key itself, not a web address.</source>
        <translation>ウェブアドレスではなく、キーそのものを貼り付けてください。</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <translation>APIキーシークレット</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <translation>アクセストークンシークレット</translation>
    </message>
    <message>
        <source>Refresh Token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>Bearer Token</source>
        <translation>Bearerトークン</translation>
    </message>
    <message>
        <source>Act as an account — OAuth 2.0 (recommended)</source>
        <translation>アカウントとして操作 — OAuth 2.0（おすすめ）</translation>
    </message>
    <message>
        <source>Post, read and more as an X account, with the permissions you pick. You sign in with X in your browser. Needs the OAuth 2.0 Client ID (and Client Secret).</source>
        <translation>選んだ権限の範囲で、X アカウントとしてポストの投稿や閲覧などを行います。ブラウザーで X にログインします。OAuth 2.0 のクライアントID（とクライアントシークレット）が必要です。</translation>
    </message>
    <message>
        <source>Act as an account — OAuth 1.0a</source>
        <translation>アカウントとして操作 — OAuth 1.0a</translation>
    </message>
    <message>
        <source>For tools that ask for an Access Token and Secret (tweepy, many bots). You sign in with X in your browser, or type a PIN. Needs the API Key and Secret.</source>
        <translation>アクセストークンとシークレットを求めるツール（tweepy や多くのボット）向けです。ブラウザーで X にログインするか、PIN を入力します。APIキーとシークレットが必要です。</translation>
    </message>
    <message>
        <source>Read-only app access — Bearer token</source>
        <translation>アプリとして読み取り専用 — Bearerトークン</translation>
    </message>
    <message>
        <source>Read public data as your app, not as an account. No browser needed. Needs the API Key and Secret.</source>
        <translation>アカウントではなくアプリとして、公開データを読み取ります。ブラウザーは不要です。APIキーとシークレットが必要です。</translation>
    </message>
    <message>
        <source>Enterprise — username and password</source>
        <translation>エンタープライズ — ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>For enterprise products (PowerTrack, Decahose, archive search). Stores your e-mail and password and can test them.</source>
        <translation>エンタープライズ製品（PowerTrack、Decahose、アーカイブ検索）向けです。メールアドレスとパスワードを保管し、動作を確認できます。</translation>
    </message>
    <message>
        <source>I already have a token — paste it</source>
        <translation>トークンを持っている — 貼り付けて保管</translation>
    </message>
    <message>
        <source>Keep a token you already have (Bearer token, OAuth 2.0 or OAuth 1.0a access token) safely in the keyring. We check who it belongs to.</source>
        <translation>お持ちのトークン（Bearerトークン、OAuth 2.0 または OAuth 1.0a のアクセストークン）をキーリングに安全に保管します。誰のトークンかも確認します。</translation>
    </message>
    <message>
        <source>My X app</source>
        <translation>私の X アプリ</translation>
    </message>
    <message>
        <source>25 letters and digits</source>
        <translation>英数字 25 文字</translation>
    </message>
    <message>
        <source>50 letters and digits</source>
        <translation>英数字 50 文字</translation>
    </message>
    <message>
        <source>about 34 characters</source>
        <translation>34 文字前後</translation>
    </message>
    <message>
        <source>only for Web App, Automated App or Bot</source>
        <translation>Web App、Automated App or Bot の場合のみ</translation>
    </message>
    <message>
        <source>These credentials act as @{user}.</source>
        <translation>この認証情報は @{user} として動作します。</translation>
    </message>
    <message>
        <source>{label} cannot contain spaces or line breaks. Copy it again with the copy button in the portal.</source>
        <translation>{label}には空白や改行を含められません。ポータルのコピーボタンでもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This looks like {what}, not {field}. {where}</source>
        <translation>これは{field}ではなく、{what}のようです。{where}</translation>
    </message>
    <message>
        <source>The port is a number between 1024 and 65535.</source>
        <translation>ポートは 1024 から 65535 までの数字です。</translation>
    </message>
    <message>
        <source>Use a port between 1024 and 65535 (lower ports need administrator rights).</source>
        <translation>1024 から 65535 までのポートを使ってください（それより小さいポートには管理者権限が必要です）。</translation>
    </message>
    <message>
        <source>Keep the name under {n} characters.</source>
        <translation>名前は {n} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and . _ @ + - only, starting with a letter or digit.</source>
        <translation>使えるのは英字、数字、空白と . _ @ + - だけで、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>Enter a full address starting with https://</source>
        <translation>https:// で始まる完全なアドレスを入力してください</translation>
    </message>
    <message>
        <source>Use https:// — the password would otherwise be sent unencrypted.</source>
        <translation>https:// を使ってください。そうしないとパスワードが暗号化されずに送信されます。</translation>
    </message>
    <message>
        <source>The PIN is made of digits only.</source>
        <translation>PIN は数字だけでできています。</translation>
    </message>
    <message>
        <source>X app</source>
        <translation>X アプリ</translation>
    </message>
    <message>
        <source>These credentials act as your app (app-only): they can read public data but do not belong to any account.</source>
        <translation>この認証情報はアプリとして動作します（アプリ専用）。公開データを読み取れますが、どのアカウントにも属していません。</translation>
    </message>
    <message>
        <source>Enterprise account {user}.</source>
        <translation>エンタープライズアカウント {user}。</translation>
    </message>
    <message>
        <source>Signed in, but X did not say which account (this token may lack the permission to read account details).</source>
        <translation>ログインしましたが、どのアカウントかを X が返しませんでした（このトークンにはアカウント情報を読む権限がない可能性があります）。</translation>
    </message>
    <message>
        <source>These credentials act as {name} (@{user}).</source>
        <translation>この認証情報は {name}（@{user}）として動作します。</translation>
    </message>
    <message>
        <source>the saved credential has no app keys</source>
        <translation>保存されている認証情報にアプリのキーがありません</translation>
    </message>
    <message>
        <source>Keep the app name under {n} characters.</source>
        <translation>アプリ名は {n} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The e-mail address cannot contain spaces.</source>
        <translation>メールアドレスには空白を含められません。</translation>
    </message>
    <message>
        <source>Looks like {what}.</source>
        <translation>{what}のようです。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like the usual format. {shape} Check that you copied all of it.</source>
        <translation>通常の形式とは違うようです。{shape}すべてコピーできているか確認してください。</translation>
    </message>
    <message>
        <source>This looks more like {what}. Check that you copied the right value.</source>
        <translation>これは{what}のようです。正しい値をコピーしたか確認してください。</translation>
    </message>
    <message>
        <source>The API Key Secret is the same as the API Key; paste the secret here.</source>
        <translation>APIキーシークレットが APIキーと同じです。ここにはシークレットを貼り付けてください。</translation>
    </message>
    <message>
        <source>The Client Secret is the same as the Client ID; paste the secret here.</source>
        <translation>クライアントシークレットがクライアントIDと同じです。ここにはシークレットを貼り付けてください。</translation>
    </message>
    <message>
        <source>A saved credential is already called “{name}”; saving will replace it.</source>
        <translation>「{name}」という名前の認証情報がすでに保存されています。保存すると置き換えられます。</translation>
    </message>
    <message>
        <source>X&apos;s PIN usually has 7 digits.</source>
        <translation>X の PIN は通常 7 桁です。</translation>
    </message>
    <message>
        <source>Enter a name to save these credentials under.</source>
        <translation>この認証情報を保存する名前を入力してください。</translation>
    </message>
    <message>
        <source>Without “Read posts” and “See account details” (tweet.read, users.read) we cannot show who you signed in as.</source>
        <translation>「ポストの閲覧」と「アカウント情報の閲覧」（tweet.read、users.read）がないと、どのアカウントでログインしたかを表示できません。</translation>
    </message>
    <message>
        <source>Without “Stay signed in” (offline.access) the token stops working after 2 hours and you will need to authorize again.</source>
        <translation>「ログインの維持」（offline.access）がないと、トークンは 2 時間で使えなくなり、もう一度認可が必要になります。</translation>
    </message>
    <message>
        <source>Enterprise accounts usually sign in with an e-mail address.</source>
        <translation>エンタープライズアカウントは通常、メールアドレスでログインします。</translation>
    </message>
    <message>
        <source>The password starts or ends with a space; check that this is intended.</source>
        <translation>パスワードの先頭か末尾に空白があります。意図したものか確認してください。</translation>
    </message>
    <message>
        <source>Choose 127.0.0.1 or localhost.</source>
        <translation>127.0.0.1 か localhost を選んでください。</translation>
    </message>
    <message>
        <source>Pick at least one permission.</source>
        <translation>権限を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>An OAuth 1.0a Access Token also needs its Access Token Secret.</source>
        <translation>OAuth 1.0a のアクセストークンには、対応するアクセストークンシークレットも必要です。</translation>
    </message>
    <message>
        <source>OAuth 1.0a tokens are used together with the app&apos;s API Key and Secret.</source>
        <translation>OAuth 1.0a のトークンは、アプリの APIキーとシークレットと組み合わせて使います。</translation>
    </message>
    <message>
        <source>a Client ID</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <source>a Client Secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>a Token</source>
        <translation>トークン</translation>
    </message>
</context>
<context>
    <name>twauth_gui.core.messages</name>
    <message>
        <source>a Bearer token</source>
        <translation>Bearerトークン</translation>
    </message>
    <message>
        <source>A Bearer token needs the app&apos;s API Key and API Key Secret.</source>
        <translation>Bearerトークンの取得には、アプリの APIキーと APIキーシークレットが必要です。</translation>
    </message>
    <message>
        <source>Copy both from Keys and tokens → Consumer Keys in the developer portal (the OAuth 2.0 Client ID and Secret cannot make app-only tokens).</source>
        <translation>開発者ポータルの Keys and tokens → Consumer Keys から両方をコピーしてください（OAuth 2.0 のクライアントIDとシークレットではアプリ専用トークンを作れません）。</translation>
    </message>
    <message>
        <source>The test address must start with https:// (the password would be sent in the clear).</source>
        <translation>テスト用アドレスは https:// で始まる必要があります（そうでないとパスワードが平文で送信されます）。</translation>
    </message>
    <message>
        <source>Use the HTTPS address of the product, e.g. https://gnip-api.x.com/metrics/usage/…</source>
        <translation>製品の HTTPS アドレスを使ってください。例: https://gnip-api.x.com/metrics/usage/…</translation>
    </message>
    <message>
        <source>Enter both the email address and the password of the enterprise account.</source>
        <translation>エンタープライズアカウントのメールアドレスとパスワードを両方入力してください。</translation>
    </message>
    <message>
        <source>They are the ones you use to sign in to console.gnip.com.</source>
        <translation>console.gnip.com へのログインに使っているものです。</translation>
    </message>
    <message>
        <source>The user name must not contain a colon (:).</source>
        <translation>ユーザー名にコロン（:）は使えません。</translation>
    </message>
    <message>
        <source>Enter the account&apos;s email address exactly.</source>
        <translation>アカウントのメールアドレスを正確に入力してください。</translation>
    </message>
    <message>
        <source>The user name or password contains a line break.</source>
        <translation>ユーザー名またはパスワードに改行が含まれています。</translation>
    </message>
    <message>
        <source>Paste them again without the line break.</source>
        <translation>改行を含めずに、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>The server did not accept this email and password.</source>
        <translation>サーバーはこのメールアドレスとパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Check them by signing in to console.gnip.com; the password is case-sensitive. The account also needs access to this product.</source>
        <translation>console.gnip.com にログインして確認してください。パスワードは大文字と小文字が区別されます。また、アカウントにこの製品へのアクセス権が必要です。</translation>
    </message>
    <message>
        <source>The test address is not a valid web address.</source>
        <translation>テスト用アドレスが正しいウェブアドレスではありません。</translation>
    </message>
    <message>
        <source>Copy the product&apos;s HTTPS address again.</source>
        <translation>製品の HTTPS アドレスをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be opened in the browser.</source>
        <translation>ブラウザーで開けるのはウェブアドレス（http:// または https://）だけです。</translation>
    </message>
    <message>
        <source>Copy the link and open it in your browser yourself.</source>
        <translation>リンクをコピーして、ご自身でブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>.env ファイル</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON ファイル</translation>
    </message>
    <message>
        <source>The variable name {value} cannot be used in an export.</source>
        <translation>変数名 {value} はエクスポートに使えません。</translation>
    </message>
    <message>
        <source>Use only capital letters A-Z, digits and underscores, not starting with a digit (for example X_API_KEY).</source>
        <translation>大文字の A〜Z、数字、アンダースコアだけを使い、先頭は数字以外にしてください（例: X_API_KEY）。</translation>
    </message>
    <message>
        <source>a single quote (&apos;)</source>
        <translation>シングルクォート（&apos;）</translation>
    </message>
    <message>
        <source>The value of {name} contains {reason}, which .env readers (python-dotenv, Node, docker compose) do not all read the same way, so it was not exported.</source>
        <translation>{name} の値に{reason}が含まれています。.env を読み込むツール（python-dotenv、Node、docker compose）によって解釈が異なるため、エクスポートしませんでした。</translation>
    </message>
    <message>
        <source>Export as JSON or as shell export lines instead, or choose a different value.</source>
        <translation>代わりに JSON やシェルの export 行としてエクスポートするか、別の値を選んでください。</translation>
    </message>
    <message>
        <source>The value of {name} contains a NUL character, which a shell cannot hold.</source>
        <translation>{name} の値に NUL 文字が含まれています。シェルでは扱えません。</translation>
    </message>
    <message>
        <source>Export as JSON instead.</source>
        <translation>代わりに JSON としてエクスポートしてください。</translation>
    </message>
    <message>
        <source>The expiry time is not a valid point in time.</source>
        <translation>有効期限が正しい日時ではありません。</translation>
    </message>
    <message>
        <source>Refresh or verify the credential, then export again.</source>
        <translation>認証情報を更新または確認してから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The variable {name} would appear twice in the export.</source>
        <translation>変数 {name} がエクスポートに 2 回出てしまいます。</translation>
    </message>
    <message>
        <source>Give each exported value its own variable name.</source>
        <translation>エクスポートする値ごとに別の変数名を付けてください。</translation>
    </message>
    <message>
        <source>The value of {name} is not text.</source>
        <translation>{name} の値がテキストではありません。</translation>
    </message>
    <message>
        <source>This is a bug in twauth-gui; please report it.</source>
        <translation>twauth-gui の不具合です。報告してください。</translation>
    </message>
    <message>
        <source>The value of {name} contains characters that cannot be written to a {what}.</source>
        <translation>{name} の値に、{what}に書き込めない文字が含まれています。</translation>
    </message>
    <message>
        <source>Check the value for damaged characters and copy it again.</source>
        <translation>値に壊れた文字がないか確認し、もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>a backslash (\)</source>
        <translation>バックスラッシュ（\）</translation>
    </message>
    <message>
        <source>The value of {name} should be a whole number of seconds.</source>
        <translation>{name} の値は秒単位の整数である必要があります。</translation>
    </message>
    <message>
        <source>The existing file is not a JSON object, so it cannot be updated.</source>
        <translation>既存のファイルが JSON オブジェクトではないため、更新できません。</translation>
    </message>
    <message>
        <source>Choose a different file name, or delete the old file first.</source>
        <translation>別のファイル名を選ぶか、先に古いファイルを削除してください。</translation>
    </message>
    <message>
        <source>the characters ${</source>
        <translation>文字列 ${</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>制御文字</translation>
    </message>
    <message>
        <source>X allows more requests at {stamp} (in about {minutes} min); try again then.</source>
        <translation>X へのリクエストは {stamp}（約 {minutes} 分後）から再びできるようになります。そのときにもう一度お試しください。</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>数分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>your callback URL</source>
        <translation>コールバックURL</translation>
    </message>
    <message>
        <source>X answered with an unexpected error (HTTP {status}).</source>
        <translation>X から予期しないエラーが返されました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the app&apos;s settings in the developer portal.</source>
        <translation>もう一度お試しください。解決しない場合は、開発者ポータルでアプリの設定を確認してください。</translation>
    </message>
    <message>
        <source>X&apos;s answer did not contain {what}.</source>
        <translation>X の応答に{what}が含まれていませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check that the API address points at X.</source>
        <translation>もう一度お試しください。繰り返し起きる場合は、API アドレスが X を指しているか確認してください。</translation>
    </message>
    <message>
        <source>X is rate-limiting these requests.</source>
        <translation>X がリクエスト数を制限しています（レート制限）。</translation>
    </message>
    <message>
        <source>X is having trouble right now (HTTP {status}).</source>
        <translation>X で現在障害が起きています（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again in a few minutes; check https://api.twitterstat.us if it keeps failing.</source>
        <translation>何も変更されていません。数分後にもう一度お試しください。失敗が続く場合は https://api.twitterstat.us を確認してください。</translation>
    </message>
    <message>
        <source>X refused the callback URL: it is not registered for this app.</source>
        <translation>X がコールバックURLを拒否しました。このアプリに登録されていません。</translation>
    </message>
    <message>
        <source>Add {callback} to Callback URLs in your app&apos;s User authentication settings in the developer portal ({PORTAL}), save, and try again.</source>
        <translation>開発者ポータル（{PORTAL}）でアプリの User authentication settings を開き、Callback URLs に {callback} を追加して保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This app has no callback URL set up, so X only allows the PIN method.</source>
        <translation>このアプリにはコールバックURLが設定されていないため、X では PIN 方式しか使えません。</translation>
    </message>
    <message>
        <source>Either choose the PIN method, or set up User authentication in the developer portal and add {callback} to its Callback URLs.</source>
        <translation>PIN 方式を選ぶか、開発者ポータルで User authentication を設定し、Callback URLs に {callback} を追加してください。</translation>
    </message>
    <message>
        <source>X rejected the request because this computer&apos;s clock is wrong.</source>
        <translation>このコンピューターの時計がずれているため、X がリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your system settings, then try again.</source>
        <translation>システム設定で日付と時刻の自動設定をオンにしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>X says this app is invalid or suspended.</source>
        <translation>X によると、このアプリは無効か凍結されています。</translation>
    </message>
    <message>
        <source>Open the app in the developer portal ({PORTAL}) and check its status, or create a new app.</source>
        <translation>開発者ポータル（{PORTAL}）でアプリの状態を確認するか、新しいアプリを作成してください。</translation>
    </message>
    <message>
        <source>X did not accept the PIN (verifier). It may be mistyped or already used.</source>
        <translation>X が PIN（verifier）を受け付けませんでした。入力ミスか、すでに使われた PIN の可能性があります。</translation>
    </message>
    <message>
        <source>Start again to get a new PIN and enter it promptly; each PIN works once.</source>
        <translation>最初からやり直して新しい PIN を取得し、すぐに入力してください。PIN は 1 回しか使えません。</translation>
    </message>
    <message>
        <source>This sign-in link has expired or was already used.</source>
        <translation>このログイン用リンクは期限切れか、すでに使われています。</translation>
    </message>
    <message>
        <source>Start the authorization again; each link works once and only for a few minutes.</source>
        <translation>認可をやり直してください。リンクは 1 回だけ、数分間しか使えません。</translation>
    </message>
    <message>
        <source>X could not verify the API Key and Secret.</source>
        <translation>X が APIキーとシークレットを確認できませんでした。</translation>
    </message>
    <message>
        <source>Copy the API Key and API Key Secret again from Keys and tokens in the developer portal (not the OAuth 2.0 Client ID/Secret).</source>
        <translation>開発者ポータルの Keys and tokens から、APIキーと APIキーシークレットをもう一度コピーしてください（OAuth 2.0 のクライアントID／シークレットではありません）。</translation>
    </message>
    <message>
        <source>X says this token is invalid or expired.</source>
        <translation>X によると、このトークンは無効か期限切れです。</translation>
    </message>
    <message>
        <source>Get a new token: it was revoked, regenerated in the portal, or mistyped.</source>
        <translation>新しいトークンを取得してください。トークンが無効化されたか、ポータルで再生成されたか、入力ミスの可能性があります。</translation>
    </message>
    <message>
        <source>X could not authenticate the app: the API Key or API Key Secret is wrong.</source>
        <translation>X がアプリを認証できませんでした。APIキーか APIキーシークレットが間違っています。</translation>
    </message>
    <message>
        <source>Copy the API Key and API Key Secret again from Keys and tokens in the developer portal; if you regenerated them, use the new ones.</source>
        <translation>開発者ポータルの Keys and tokens から、APIキーと APIキーシークレットをもう一度コピーしてください。再生成した場合は新しいものを使ってください。</translation>
    </message>
    <message>
        <source>X could not read the app&apos;s credentials in this request.</source>
        <translation>X がこのリクエストからアプリの認証情報を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check that the API Key and API Key Secret are filled in completely (copy them again from Keys and tokens in the developer portal), then try again.</source>
        <translation>APIキーと APIキーシークレットが欠けずに入力されているか確認してから（開発者ポータルの Keys and tokens からもう一度コピーしてください）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>X says the request is missing {name}.</source>
        <translation>X によると、リクエストに {name} が含まれていません。</translation>
    </message>
    <message>
        <source>Try again; if it persists, report this as a bug in twauth-gui.</source>
        <translation>もう一度お試しください。解決しない場合は、twauth-gui の不具合として報告してください。</translation>
    </message>
    <message>
        <source>These credentials are not allowed to use this part of the API.</source>
        <translation>この認証情報では、API のこの機能を使えません。</translation>
    </message>
    <message>
        <source>Sign in as an account (OAuth 2.0 or OAuth 1.0a) for this; an app-only token or a token with less access cannot do it.</source>
        <translation>この操作にはアカウントとしてのログイン（OAuth 2.0 または OAuth 1.0a）が必要です。アプリ専用トークンや権限の少ないトークンではできません。</translation>
    </message>
    <message>
        <source>X did not accept the OAuth 2.0 client credentials.</source>
        <translation>X が OAuth 2.0 のクライアント認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>Check the Client ID and Client Secret (Keys and tokens → OAuth 2.0). A confidential client (Web App, Automated App or Bot) needs its Client Secret; a public client (Native App, Single page App) must have no secret.</source>
        <translation>クライアントIDとクライアントシークレット（Keys and tokens → OAuth 2.0）を確認してください。コンフィデンシャルクライアント（Web App、Automated App or Bot）にはクライアントシークレットが必要で、パブリッククライアント（Native App、Single page App）ではシークレットを使いません。</translation>
    </message>
    <message>
        <source>X rejected the OAuth 2.0 request.</source>
        <translation>X が OAuth 2.0 のリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Check the Client ID, Client Secret and callback URL, then authorize again.</source>
        <translation>クライアントID、クライアントシークレット、コールバックURLを確認してから、もう一度認可してください。</translation>
    </message>
    <message>
        <source>This app is not attached to a Project with API access.</source>
        <translation>このアプリは、API にアクセスできるプロジェクトに属していません。</translation>
    </message>
    <message>
        <source>In the developer portal ({PORTAL}), move the app into a Project and check its access level.</source>
        <translation>開発者ポータル（{PORTAL}）でアプリをプロジェクトに移動し、アクセスレベルを確認してください。</translation>
    </message>
    <message>
        <source>This request needs a user token, not an app-only bearer token.</source>
        <translation>このリクエストには、アプリ専用の Bearerトークンではなくユーザーのトークンが必要です。</translation>
    </message>
    <message>
        <source>Use OAuth 2.0 or OAuth 1.0a user sign-in for this.</source>
        <translation>この操作には OAuth 2.0 または OAuth 1.0a のユーザーログインを使ってください。</translation>
    </message>
    <message>
        <source>The token lacks a permission (scope) this request needs.</source>
        <translation>このリクエストに必要な権限（スコープ）がトークンにありません。</translation>
    </message>
    <message>
        <source>Authorize again and include the scopes tweet.read and users.read.</source>
        <translation>スコープ tweet.read と users.read を含めて、もう一度認可してください。</translation>
    </message>
    <message>
        <source>X did not accept this sign-in: the PIN or link is wrong, used or expired.</source>
        <translation>X がこのログインを受け付けませんでした。PIN かリンクが間違っているか、使用済みか、期限切れです。</translation>
    </message>
    <message>
        <source>Start the authorization again and finish it within a few minutes.</source>
        <translation>認可をやり直し、数分以内に完了してください。</translation>
    </message>
    <message>
        <source>X did not accept these credentials.</source>
        <translation>X がこの認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The token may have been revoked or regenerated; get new tokens.</source>
        <translation>トークンが無効化されたか再生成された可能性があります。新しいトークンを取得してください。</translation>
    </message>
    <message>
        <source>X refused this request (HTTP 403).</source>
        <translation>X がこのリクエストを拒否しました（HTTP 403）。</translation>
    </message>
    <message>
        <source>Check the app&apos;s permissions and access level in the developer portal.</source>
        <translation>開発者ポータルで、アプリの権限とアクセスレベルを確認してください。</translation>
    </message>
    <message>
        <source>X did not accept the authorization code: it expired, was already used, or the callback URL differs.</source>
        <translation>X が認可コードを受け付けませんでした。期限切れか使用済みか、コールバックURLが異なります。</translation>
    </message>
    <message>
        <source>Authorize again and let the app finish right away; codes live about 30 seconds.</source>
        <translation>もう一度認可し、すぐに完了させてください。コードの有効期間は約 30 秒です。</translation>
    </message>
    <message>
        <source>X says the PKCE code verifier does not match this sign-in.</source>
        <translation>X によると、PKCE のコード検証値（code verifier）がこのログインと一致しません。</translation>
    </message>
    <message>
        <source>Start the authorization again from the beginning in this app.</source>
        <translation>このアプリで、認可を最初からやり直してください。</translation>
    </message>
    <message>
        <source>This sign-in has ended: X no longer accepts the stored token.</source>
        <translation>このログインは終了しています。保存されたトークンは X で使えなくなりました。</translation>
    </message>
    <message>
        <source>Authorize again to get new tokens (the refresh token was used, revoked or expired).</source>
        <translation>もう一度認可して新しいトークンを取得してください（リフレッシュトークンが使用済み、無効化済み、または期限切れです）。</translation>
    </message>
    <message>
        <source>X rejected the request type (grant type).</source>
        <translation>X がリクエストの種類（grant type）を拒否しました。</translation>
    </message>
    <message>
        <source>Use OAuth 2.0 user sign-in here; app-only tokens come from the API Key and Secret, not the Client ID.</source>
        <translation>ここでは OAuth 2.0 のユーザーログインを使ってください。アプリ専用トークンは、クライアントIDではなく APIキーとシークレットから取得します。</translation>
    </message>
    <message>
        <source>Check that the Client ID is filled in and try again; if it persists, report this as a bug in twauth-gui.</source>
        <translation>クライアントIDが入力されているか確認して、もう一度お試しください。解決しない場合は、twauth-gui の不具合として報告してください。</translation>
    </message>
    <message>
        <source>X samples &amp; xurl</source>
        <translation>X のサンプルと xurl</translation>
    </message>
    <message>
        <source>Unknown export format {value}.</source>
        <translation>不明なエクスポート形式です: {value}。</translation>
    </message>
    <message>
        <source>Choose env, json or shell.</source>
        <translation>env、json、shell のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; twauth-gui does not write secrets through links.</source>
        <translation>{path} はシンボリックリンクです。twauth-gui はリンクを経由して秘密の値を書き込みません。</translation>
    </message>
    <message>
        <source>Choose the real file the link points to, or a different file name.</source>
        <translation>リンク先の実際のファイルか、別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{path} exists and is not a regular file (it may be a folder or a device).</source>
        <translation>{path} は通常のファイルではありません（フォルダーやデバイスの可能性があります）。</translation>
    </message>
    <message>
        <source>Choose a different file name.</source>
        <translation>別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{target} is larger than 1 MB; it does not look like a settings file.</source>
        <translation>{target} は 1 MB を超えており、設定ファイルではないようです。</translation>
    </message>
    <message>
        <source>The linked export {path} no longer exists, so it was not updated.</source>
        <translation>自動更新するエクスポート先 {path} が見つからないため、更新しませんでした。</translation>
    </message>
    <message>
        <source>Export again to that file, or remove the link in the vault window.</source>
        <translation>そのファイルにもう一度エクスポートするか、保管庫ウィンドウで自動更新を解除してください。</translation>
    </message>
    <message>
        <source>There is no export preset called {value}.</source>
        <translation>{value} という名前のエクスポートプリセットはありません。</translation>
    </message>
    <message>
        <source>Two values would both be exported as {var} ({value} and {field}).</source>
        <translation>2 つの値（{value} と {field}）が、どちらも {var} としてエクスポートされてしまいます。</translation>
    </message>
    <message>
        <source>Rename one of them so every variable name is different.</source>
        <translation>変数名がすべて異なるように、どちらかの名前を変えてください。</translation>
    </message>
    <message>
        <source>Cannot check {path}: {value}.</source>
        <translation>{path} を確認できません: {value}。</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can read and write.</source>
        <translation>読み書きできるフォルダー内のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot read {target}: {value}.</source>
        <translation>{target} を読み込めません: {value}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose a different file name.</source>
        <translation>ファイルのアクセス権を確認するか、別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{target} is not a UTF-8 text file, so it cannot be updated safely.</source>
        <translation>{target} は UTF-8 のテキストファイルではないため、安全に更新できません。</translation>
    </message>
    <message>
        <source>Choose a different file name, or convert the file to UTF-8 first.</source>
        <translation>別のファイル名を選ぶか、先にファイルを UTF-8 に変換してください。</translation>
    </message>
    <message>
        <source>A saved linked export is damaged.</source>
        <translation>保存されている自動更新の設定が壊れています。</translation>
    </message>
    <message>
        <source>Remove the link in the vault window and export again.</source>
        <translation>保管庫ウィンドウで自動更新を解除してから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot rename {value}: it is neither a field nor a variable of the {label} preset.</source>
        <translation>{value} の名前を変更できません。{label} プリセットの項目でも変数でもありません。</translation>
    </message>
    <message>
        <source>Rename one of the variables listed in the export.</source>
        <translation>エクスポートに含まれる変数の名前を変更してください。</translation>
    </message>
    <message>
        <source>Choose one of: </source>
        <translation>次のいずれかを選んでください: </translation>
    </message>
    <message>
        <source>Cannot write to the folder {directory}: {value}.</source>
        <translation>フォルダー {directory} に書き込めません: {value}。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or check its permissions.</source>
        <translation>書き込めるフォルダーを選ぶか、アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Could not save {name}: {value}.</source>
        <translation>{name} を保存できませんでした: {value}。</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may write to that folder.</source>
        <translation>ディスクに空きがあり、そのフォルダーに書き込む権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The connection to {host} failed.</source>
        <translation>{host} への接続に失敗しました。</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>インターネット接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{host} did not answer in time.</source>
        <translation>{host} から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy/VPN), then try again.</source>
        <translation>インターネット接続（とプロキシー／VPN）を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A secure connection to {host} could not be established.</source>
        <translation>{host} との安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time, and any proxy or antivirus that intercepts HTTPS; then try again.</source>
        <translation>コンピューターの日付と時刻、HTTPS 通信に割り込むプロキシーやウイルス対策ソフトを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The name {host} could not be found.</source>
        <translation>{host} という名前が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Check your internet connection and DNS settings; if you use a custom API address, check its spelling.</source>
        <translation>インターネット接続と DNS の設定を確認してください。独自の API アドレスを使っている場合は、綴りも確認してください。</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} に接続を拒否されました。</translation>
    </message>
    <message>
        <source>Check the API address and your proxy settings; if you use the sandbox, make sure it is running.</source>
        <translation>API アドレスとプロキシーの設定を確認してください。サンドボックスを使っている場合は、起動しているか確認してください。</translation>
    </message>
    <message>
        <source>The web address used for this request is not valid.</source>
        <translation>このリクエストに使うウェブアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>Check the API address setting (TWAUTH_API_URL) or the URL you entered.</source>
        <translation>API アドレスの設定（TWAUTH_API_URL）か、入力した URL を確認してください。</translation>
    </message>
    <message>
        <source>The web address used for this request must start with https:// or http://.</source>
        <translation>このリクエストに使うウェブアドレスは https:// か http:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>the account&apos;s details</source>
        <translation>アカウント情報</translation>
    </message>
    <message>
        <source>{name} does not look like a {tool} credentials file.</source>
        <translation>{name} は {tool} の認証情報ファイルではないようです。</translation>
    </message>
    <message>
        <source>Choose the file {tool} wrote (usually ~/{value}).</source>
        <translation>{tool} が書き出したファイル（通常は ~/{value}）を選んでください。</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>{line} 行目: {reason}</translation>
    </message>
    <message>
        <source>anchors, aliases and tags are not supported</source>
        <translation>アンカー、エイリアス、タグには対応していません</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>引用符で囲まれた文字列が閉じられていません</translation>
    </message>
    <message>
        <source>flow collections must fit on one line</source>
        <translation>フロー形式のコレクションは 1 行に収める必要があります</translation>
    </message>
    <message>
        <source>complex mapping keys are not supported</source>
        <translation>複雑なマッピングのキーには対応していません</translation>
    </message>
    <message>
        <source>expected key: value in a flow mapping</source>
        <translation>フロー形式のマッピングに key: value が必要です</translation>
    </message>
    <message>
        <source>unsupported block scalar header</source>
        <translation>対応していないブロックスカラーのヘッダーです</translation>
    </message>
    <message>
        <source>There is no {tool} file at {path}.</source>
        <translation>{path} に {tool} のファイルがありません。</translation>
    </message>
    <message>
        <source>Check the path, or use {tool} once so that it saves its credentials.</source>
        <translation>パスを確認するか、{tool} を一度使って認証情報を保存させてください。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} を読み込めません: {reason}。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>ファイルが存在し、読み取る権限があるか確認してください。</translation>
    </message>
    <message>
        <source>Could not read {name} (line {line}): {reason}.</source>
        <translation>{name} を読み込めませんでした（{line} 行目）: {reason}。</translation>
    </message>
    <message>
        <source>The file may be damaged or use YAML features twauth-gui does not read; enter the {tool} keys by hand instead.</source>
        <translation>ファイルが壊れているか、twauth-gui が読めない YAML の機能を使っている可能性があります。{tool} のキーを手で入力してください。</translation>
    </message>
    <message>
        <source>bad escape in a double-quoted string</source>
        <translation>二重引用符の文字列に不正なエスケープがあります</translation>
    </message>
    <message>
        <source>tabs are not allowed for indentation</source>
        <translation>インデントにタブは使えません</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;</source>
        <translation>&apos;key: value&apos; の形式が必要です</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>キー {key} が重複しています</translation>
    </message>
    <message>
        <source>twurl app {value}</source>
        <translation>twurl のアプリ {value}</translation>
    </message>
    <message>
        <source>nested flow collections are not supported</source>
        <translation>入れ子になったフロー形式のコレクションには対応していません</translation>
    </message>
    <message>
        <source>only one YAML document is supported</source>
        <translation>YAML ドキュメントは 1 つだけに対応しています</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <translation>APIキーシークレット</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <translation>アクセストークンシークレット</translation>
    </message>
    <message>
        <source>Bearer Token</source>
        <translation>Bearerトークン</translation>
    </message>
    <message>
        <source>OAuth 2.0 Client ID</source>
        <translation>OAuth 2.0 のクライアントID</translation>
    </message>
    <message>
        <source>OAuth 2.0 Client Secret</source>
        <translation>OAuth 2.0 のクライアントシークレット</translation>
    </message>
    <message>
        <source>Keys and tokens → Consumer Keys → API Key</source>
        <translation>Keys and tokens → Consumer Keys → API Key</translation>
    </message>
    <message>
        <source>Keys and tokens → Consumer Keys → API Key Secret</source>
        <translation>Keys and tokens → Consumer Keys → API Key Secret</translation>
    </message>
    <message>
        <source>Keys and tokens → Authentication Tokens → Access Token</source>
        <translation>Keys and tokens → Authentication Tokens → Access Token</translation>
    </message>
    <message>
        <source>Keys and tokens → Authentication Tokens → Access Token Secret</source>
        <translation>Keys and tokens → Authentication Tokens → Access Token Secret</translation>
    </message>
    <message>
        <source>Keys and tokens → Authentication Tokens → Bearer Token</source>
        <translation>Keys and tokens → Authentication Tokens → Bearer Token</translation>
    </message>
    <message>
        <source>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client ID</source>
        <translation>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client ID</translation>
    </message>
    <message>
        <source>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client Secret</source>
        <translation>Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client Secret</translation>
    </message>
    <message>
        <source>Keys and tokens</source>
        <translation>Keys and tokens</translation>
    </message>
    <message>
        <source>This looks like a {value}, but this is the {value2} field. The {value2} is under {value3}.</source>
        <translation>これは {value} のようですが、ここは {value2} の欄です。{value2} は {value3} にあります。</translation>
    </message>
    <message>
        <source>The {value} contains spaces or line breaks. Copy it again with the copy button in the developer portal ({value2}).</source>
        <translation>{value} に空白か改行が含まれています。開発者ポータル（{value2}）のコピーボタンでもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Paste the {value} from the developer portal ({value2}).</source>
        <translation>開発者ポータル（{value2}）から {value} を貼り付けてください。</translation>
    </message>
    <message>
        <source>expires in {value}</source>
        <translation>あと{value}で期限切れ</translation>
    </message>
    <message>
        <source>{value} days</source>
        <translation>{value}日</translation>
    </message>
    <message>
        <source>expired {value} ago</source>
        <translation>{value}前に期限切れ</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <source>This sign-in has ended for {name} — authorize again.</source>
        <translation>{name} のログインは終了しています — もう一度認可してください。</translation>
    </message>
    <message>
        <source>X no longer accepts its refresh token (it was used elsewhere, revoked, or a refresh was interrupted). In twauth-gui choose “Authorize again” (the app&apos;s keys and scopes are reused); on the command line run `twauth login oauth2 --profile {name} --force …`.</source>
        <translation>X はこのリフレッシュトークンを受け付けなくなりました（別の場所で使われたか、無効化されたか、更新が中断されました）。twauth-gui では「もう一度認可」を選んでください（アプリのキーとスコープはそのまま使われます）。コマンドラインでは `twauth login oauth2 --profile {name} --force …` を実行してください。</translation>
    </message>
    <message>
        <source>{name} holds a username and password, not a token.</source>
        <translation>{name} に保存されているのはトークンではなく、ユーザー名とパスワードです。</translation>
    </message>
    <message>
        <source>Use `twauth show {name} --reveal` or `twauth export {name}` instead.</source>
        <translation>代わりに `twauth show {name} --reveal` か `twauth export {name}` を使ってください。</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}時間</translation>
    </message>
    <message>
        <source>Revoked at X and removed from this computer.</source>
        <translation>X で無効化し、このコンピューターから削除しました。</translation>
    </message>
    <message>
        <source>{name} is not an OAuth 2.0 credential; only those can be refreshed.</source>
        <translation>{name} は OAuth 2.0 の認証情報ではありません。更新できるのは OAuth 2.0 の認証情報だけです。</translation>
    </message>
    <message>
        <source>OAuth 1.0a and bearer tokens do not expire; nothing to do.</source>
        <translation>OAuth 1.0a のトークンと Bearerトークンには有効期限がないため、何もする必要はありません。</translation>
    </message>
    <message>
        <source>{name} was revoked.</source>
        <translation>{name} は無効化されています。</translation>
    </message>
    <message>
        <source>Authorize again to get new tokens.</source>
        <translation>もう一度認可して、新しいトークンを取得してください。</translation>
    </message>
    <message>
        <source>{name} has no refresh token, so it cannot be renewed.</source>
        <translation>{name} にはリフレッシュトークンがないため、更新できません。</translation>
    </message>
    <message>
        <source>Authorize again and include “Stay signed in” (offline.access) in the scopes.</source>
        <translation>スコープに「ログインの維持」（offline.access）を含めて、もう一度認可してください。</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <source>Removed from this computer only — NOT revoked at X.</source>
        <translation>このコンピューターからのみ削除しました — X では無効化されていません。</translation>
    </message>
    <message>
        <source>X could not be reached, so nothing was revoked. Try again later, or remove it from this computer only (it stays valid at X).</source>
        <translation>X に接続できなかったため、何も無効化されていません。あとでもう一度試すか、このコンピューターからだけ削除してください（X では有効なままです）。</translation>
    </message>
    <message>
        <source>Another twauth process has been busy with {name} for too long.</source>
        <translation>別の twauth のプロセスが {name} を長時間使用中です。</translation>
    </message>
    <message>
        <source>Wait for it to finish (or close other twauth windows), then try again.</source>
        <translation>終わるのを待つか（ほかの twauth のウィンドウを閉じてください）、そのあとでもう一度お試しください。</translation>
    </message>
    <message>
        <source>This answer belongs to another sign-in</source>
        <translation>この応答は別のログインのものです</translation>
    </message>
    <message>
        <source>This address does not match the sign-in twauth-gui is waiting for (it may come from an older tab or another attempt), so it was ignored. Go back to twauth-gui and use its newest sign-in link.</source>
        <translation>このアドレスは twauth-gui が待っているログインと一致しないため、無視しました（古いタブや別の試行のものかもしれません）。twauth-gui に戻り、最新のログイン用リンクを使ってください。</translation>
    </message>
    <message>
        <source>This address belongs to a different sign-in attempt (perhaps an older browser tab).</source>
        <translation>このアドレスは別のログインの試行のものです（古いブラウザーのタブかもしれません）。</translation>
    </message>
    <message>
        <source>Use the address from the newest attempt, or start the sign-in again.</source>
        <translation>最新の試行のアドレスを使うか、ログインをやり直してください。</translation>
    </message>
    <message>
        <source>This address is missing its security check</source>
        <translation>このアドレスにはセキュリティ確認用の値がありません</translation>
    </message>
    <message>
        <source>This address does not carry the security check (state) that proves it comes from your sign-in, so it was ignored. Go back to twauth-gui and use its sign-in link.</source>
        <translation>このアドレスには、あなたのログインからのものだと証明するセキュリティ確認用の値（state）がないため、無視しました。twauth-gui に戻り、そのログイン用リンクを使ってください。</translation>
    </message>
    <message>
        <source>This address has no security check (state) in it, so it cannot be trusted.</source>
        <translation>このアドレスにはセキュリティ確認用の値（state）がないため、信頼できません。</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after you authorized the app.</source>
        <translation>アプリを認可したあと、ブラウザーのアドレスバーからアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>This address is malformed</source>
        <translation>このアドレスは形式が正しくありません</translation>
    </message>
    <message>
        <source>This address repeats a sign-in parameter, so it was ignored.</source>
        <translation>このアドレスにはログイン用のパラメーターが重複しているため、無視しました。</translation>
    </message>
    <message>
        <source>This address repeats a sign-in parameter, so it cannot be trusted.</source>
        <translation>このアドレスにはログイン用のパラメーターが重複しているため、信頼できません。</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar once more.</source>
        <translation>ブラウザーのアドレスバーから、もう一度アドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>This address could not be read, so it was ignored.</source>
        <translation>このアドレスを読み取れなかったため、無視しました。</translation>
    </message>
    <message>
        <source>This address could not be read.</source>
        <translation>このアドレスを読み取れませんでした。</translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation>認可コードがありません</translation>
    </message>
    <message>
        <source>This address has no authorization code in it, so there is nothing to finish the sign-in with. Go back to twauth-gui and start again if needed.</source>
        <translation>このアドレスには認可コードが含まれていないため、ログインを完了できません。twauth-gui に戻り、必要ならやり直してください。</translation>
    </message>
    <message>
        <source>This address has no code in it — copy the whole address from the browser&apos;s address bar.</source>
        <translation>このアドレスにはコードが含まれていません — ブラウザーのアドレスバーからアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>After you click Authorize app on X, the browser lands on an address starting with your callback URL and containing code=…; copy that whole address.</source>
        <translation>X で「アプリを認可」をクリックすると、ブラウザーはコールバックURLで始まり code=… を含むアドレスに移動します。そのアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>No verifier</source>
        <translation>verifier がありません</translation>
    </message>
    <message>
        <source>This address has no oauth_verifier in it, so there is nothing to finish the sign-in with. Go back to twauth-gui and start again if needed.</source>
        <translation>このアドレスには oauth_verifier が含まれていないため、ログインを完了できません。twauth-gui に戻り、必要ならやり直してください。</translation>
    </message>
    <message>
        <source>This address has no oauth_verifier in it — copy the whole address from the browser&apos;s address bar.</source>
        <translation>このアドレスには oauth_verifier が含まれていません — ブラウザーのアドレスバーからアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>After you click Authorize app on X, the browser lands on an address starting with your callback URL and containing oauth_verifier=…; copy that whole address.</source>
        <translation>X で「アプリを認可」をクリックすると、ブラウザーはコールバックURLで始まり oauth_verifier=… を含むアドレスに移動します。そのアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>This address carries a different request token than the sign-in twauth-gui is waiting for (it may come from an older tab), so it was ignored. Use twauth-gui&apos;s newest sign-in link.</source>
        <translation>このアドレスのリクエストトークンは、twauth-gui が待っているログインのものと異なるため、無視しました（古いタブのものかもしれません）。twauth-gui の最新のログイン用リンクを使ってください。</translation>
    </message>
    <message>
        <source>This address belongs to a different sign-in attempt (its oauth_token does not match).</source>
        <translation>このアドレスは別のログインの試行のものです（oauth_token が一致しません）。</translation>
    </message>
    <message>
        <source> X said: &quot;{said}&quot;</source>
        <translation> X の応答: &quot;{said}&quot;</translation>
    </message>
    <message>
        <source>Check the Client ID, the app type (Native App / Web App) and that OAuth 2.0 is turned on in your app&apos;s User authentication settings, then start again.</source>
        <translation>クライアントID、アプリの種類（Native App／Web App）、アプリの User authentication settings で OAuth 2.0 がオンになっているかを確認してから、やり直してください。</translation>
    </message>
    <message>
        <source>X ended the sign-in with an error ({code}).{said_part}</source>
        <translation>X がエラーでログインを終了しました（{code}）。{said_part}</translation>
    </message>
    <message>
        <source>Only OAuth 2.0 and OAuth 1.0a sign-ins come back through the browser.</source>
        <translation>ブラウザー経由で戻ってくるのは、OAuth 2.0 と OAuth 1.0a のログインだけです。</translation>
    </message>
    <message>
        <source>Choose OAuth 2.0 or OAuth 1.0a.</source>
        <translation>OAuth 2.0 か OAuth 1.0a を選んでください。</translation>
    </message>
    <message>
        <source>{value} minutes</source>
        <translation>{value}分</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1秒</translation>
    </message>
    <message>
        <source>{whole} seconds</source>
        <translation>{whole}秒</translation>
    </message>
    <message>
        <source>If your browser ended on an address starting with {uri}, paste that whole address into twauth-gui instead.</source>
        <translation>ブラウザーが {uri} で始まるアドレスで止まった場合は、代わりにそのアドレス全体を twauth-gui に貼り付けてください。</translation>
    </message>
    <message>
        <source>The callback URL must start with http:// to be received on this computer.</source>
        <translation>このコンピューターで受け取るには、コールバックURLは http:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Use an address like {example} (X allows plain http for 127.0.0.1 and localhost).</source>
        <translation>{example} のようなアドレスを使ってください（X では 127.0.0.1 と localhost に限り http を使えます）。</translation>
    </message>
    <message>
        <source>twauth-gui can only receive the sign-in on this computer: the callback URL&apos;s host must be 127.0.0.1, localhost or [::1].</source>
        <translation>twauth-gui がログインを受け取れるのはこのコンピューター上だけです。コールバックURLのホストは 127.0.0.1、localhost、[::1] のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Use an address like {example}, and register the same address in your app&apos;s User authentication settings.</source>
        <translation>{example} のようなアドレスを使い、同じアドレスをアプリの User authentication settings に登録してください。</translation>
    </message>
    <message>
        <source>The callback URL must not contain a user name or password.</source>
        <translation>コールバックURLにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Use an address like {example}.</source>
        <translation>{example} のようなアドレスを使ってください。</translation>
    </message>
    <message>
        <source>The callback URL must not contain ? or # parts (X does not allow them).</source>
        <translation>コールバックURLに ? や # の部分を含めることはできません（X が許可していません）。</translation>
    </message>
    <message>
        <source>Remove everything from the ? or #, for example {example}.</source>
        <translation>? や # 以降をすべて削除してください。例: {example}</translation>
    </message>
    <message>
        <source>The callback URL&apos;s path is not valid.</source>
        <translation>コールバックURLのパスが正しくありません。</translation>
    </message>
    <message>
        <source>The authorization was cancelled on X&apos;s page, so no tokens were issued.</source>
        <translation>X のページで認可がキャンセルされたため、トークンは発行されませんでした。</translation>
    </message>
    <message>
        <source>Start the sign-in again and click Authorize app on X&apos;s page if you want to continue.</source>
        <translation>続ける場合は、ログインをやり直して X のページで「アプリを認可」をクリックしてください。</translation>
    </message>
    <message>
        <source>X had a temporary problem. Wait a minute and start the sign-in again.</source>
        <translation>X で一時的な問題が発生しました。少し待ってから、ログインをやり直してください。</translation>
    </message>
    <message>
        <source>Check the Client ID, the callback URL and the permissions (scopes) you asked for, then start the sign-in again.</source>
        <translation>クライアントID、コールバックURL、要求した権限（スコープ）を確認してから、ログインをやり直してください。</translation>
    </message>
    <message>
        <source>An OAuth 2.0 sign-in needs its state value to check the answer.</source>
        <translation>OAuth 2.0 のログインでは、応答を確認するために state の値が必要です。</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>ログインをやり直してください。</translation>
    </message>
    <message>
        <source>An OAuth 1.0a sign-in needs its request token to check the answer.</source>
        <translation>OAuth 1.0a のログインでは、応答を確認するためにリクエストトークンが必要です。</translation>
    </message>
    <message>
        <source>Paste the address you landed on first.</source>
        <translation>先に、表示されたアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>ログインがキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing was saved. Start again when you are ready.</source>
        <translation>何も保存されていません。準備ができたらやり直してください。</translation>
    </message>
    <message>
        <source>If X showed “Something went wrong” and never sent you back, X did not accept the Client ID or the callback URL: check that {uri} is listed exactly (same host, port and path) under Callback URLs in your app&apos;s User authentication settings, and that you entered the OAuth 2.0 Client ID (not the API Key). {paste} Otherwise start the sign-in again.</source>
        <translation>X に「問題が発生しました」と表示されて戻ってこなかった場合、X はクライアントIDかコールバックURLを受け付けていません。アプリの User authentication settings の Callback URLs に {uri} が正確に（ホスト、ポート、パスまで同じで）登録されているか、入力したのが（APIキーではなく）OAuth 2.0 のクライアントIDかを確認してください。{paste}それ以外の場合は、ログインをやり直してください。</translation>
    </message>
    <message>
        <source>If X showed an error page, check that {uri} is listed exactly under Callback URLs in your app&apos;s User authentication settings. {paste} Otherwise start the sign-in again.</source>
        <translation>X にエラーページが表示された場合は、アプリの User authentication settings の Callback URLs に {uri} が正確に登録されているか確認してください。{paste}それ以外の場合は、ログインをやり直してください。</translation>
    </message>
    <message>
        <source>No answer came back from X within {waited}.</source>
        <translation>{waited}以内に X から応答がありませんでした。</translation>
    </message>
    <message>
        <source>twauth-gui could not listen on port {port} ({value}).</source>
        <translation>twauth-gui はポート {port} で待ち受けできませんでした（{value}）。</translation>
    </message>
    <message>
        <source>Pick another port, register that callback URL in your app&apos;s User authentication settings, and try again.</source>
        <translation>別のポートを選び、そのコールバックURLをアプリの User authentication settings に登録して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Port {port} is already in use by another program, so twauth-gui cannot receive X&apos;s answer at {uri}.</source>
        <translation>ポート {port} はほかのプログラムが使用中のため、twauth-gui は {uri} で X からの応答を受け取れません。</translation>
    </message>
    <message>
        <source>Close the other program (or another twauth-gui window that is waiting for a sign-in) and try again, or pick another port, for example {example}, and add that callback URL to Callback URLs in your app&apos;s User authentication settings too.</source>
        <translation>そのプログラム（またはログインを待っている別の twauth-gui のウィンドウ）を閉じてもう一度試すか、{example} のように別のポートを選び、そのコールバックURLもアプリの User authentication settings の Callback URLs に追加してください。</translation>
    </message>
    <message>
        <source>The callback URL is not a valid address.</source>
        <translation>コールバックURLが正しいアドレスではありません。</translation>
    </message>
    <message>
        <source>The sign-in receiver was not started.</source>
        <translation>ログインの応答を受け取る準備ができていません。</translation>
    </message>
    <message>
        <source>An answer reached twauth-gui within {waited}, but it belonged to a different sign-in attempt (for example an older browser tab), so it was ignored.</source>
        <translation>{waited}以内に応答が届きましたが、別のログインの試行（古いブラウザーのタブなど）のものだったため、無視しました。</translation>
    </message>
    <message>
        <source>Close old X tabs, start the sign-in again and use the newest link.</source>
        <translation>古い X のタブを閉じ、ログインをやり直して最新のリンクを使ってください。</translation>
    </message>
    <message>
        <source>twauth-gui is not allowed to listen on port {port}.</source>
        <translation>twauth-gui はポート {port} で待ち受けることを許可されていません。</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights and some ports are reserved by the system. Pick another port (for example 8765), add that callback URL, such as http://127.0.0.1:8765{path}, to Callback URLs in your app&apos;s User authentication settings, and try again.</source>
        <translation>1024 未満のポートには管理者権限が必要で、システムが予約しているポートもあります。別のポート（例: 8765）を選び、そのコールバックURL（例: http://127.0.0.1:8765{path}）をアプリの User authentication settings の Callback URLs に追加して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>You can close this tab and return to twauth-gui.</source>
        <translation>このタブを閉じて twauth-gui に戻ってください。</translation>
    </message>
    <message>
        <source>This sign-in receiver was already closed.</source>
        <translation>このログインの応答受付はすでに終了しています。</translation>
    </message>
    <message>
        <source>This sign-in already finished</source>
        <translation>このログインはすでに完了しています</translation>
    </message>
    <message>
        <source>twauth-gui already received X&apos;s answer; nothing was changed. You can close this tab and return to twauth-gui.</source>
        <translation>twauth-gui は X からの応答をすでに受け取っているため、何も変更していません。このタブを閉じて twauth-gui に戻ってください。</translation>
    </message>
    <message>
        <source>This sign-in has already ended</source>
        <translation>このログインはすでに終了しています</translation>
    </message>
    <message>
        <source>twauth-gui is no longer waiting for this answer, so nothing was changed. Start the sign-in again in twauth-gui if you still need tokens.</source>
        <translation>twauth-gui はもうこの応答を待っていないため、何も変更していません。トークンがまだ必要な場合は、twauth-gui でログインをやり直してください。</translation>
    </message>
    <message>
        <source>Authorization cancelled</source>
        <translation>認可がキャンセルされました</translation>
    </message>
    <message>
        <source>No access was granted and no tokens were issued. You can close this tab and return to twauth-gui.</source>
        <translation>アクセスは許可されず、トークンも発行されませんでした。このタブを閉じて twauth-gui に戻ってください。</translation>
    </message>
    <message>
        <source>X reported an error</source>
        <translation>X がエラーを報告しました</translation>
    </message>
    <message>
        <source>{message} {hint} You can close this tab and return to twauth-gui.</source>
        <translation>{message} {hint} このタブを閉じて twauth-gui に戻ってください。</translation>
    </message>
    <message>
        <source>IPv6 is not available on this computer, so the callback URL with [::1] cannot be received.</source>
        <translation>このコンピューターでは IPv6 が使えないため、[::1] のコールバックURLでは受け取れません。</translation>
    </message>
    <message>
        <source>Use http://127.0.0.1:{value}{path} instead and register that address in your app&apos;s User authentication settings.</source>
        <translation>代わりに http://127.0.0.1:{value}{path} を使い、そのアドレスをアプリの User authentication settings に登録してください。</translation>
    </message>
    <message>
        <source>twauth-gui stopped listening for X&apos;s answer because of an internal error.</source>
        <translation>内部エラーのため、twauth-gui は X からの応答の待ち受けを停止しました。</translation>
    </message>
    <message>
        <source>Start the sign-in again; if it keeps happening, paste the address you landed on instead.</source>
        <translation>ログインをやり直してください。繰り返し起きる場合は、代わりに表示されたアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>OAuth 1.0a needs the app&apos;s API Key and API Key Secret.</source>
        <translation>OAuth 1.0a には、アプリの APIキーと APIキーシークレットが必要です。</translation>
    </message>
    <message>
        <source>Copy both from Keys and tokens → Consumer Keys in the developer portal.</source>
        <translation>開発者ポータルの Keys and tokens → Consumer Keys から両方をコピーしてください。</translation>
    </message>
    <message>
        <source>Please enter the PIN that X showed after you clicked Authorize app.</source>
        <translation>「アプリを認可」をクリックしたあとに X が表示した PIN を入力してください。</translation>
    </message>
    <message>
        <source>It is a 7-digit number on the X page.</source>
        <translation>X のページに表示される 7 桁の数字です。</translation>
    </message>
    <message>
        <source>The PIN should contain only digits.</source>
        <translation>PIN には数字だけを入力してください。</translation>
    </message>
    <message>
        <source>Type the number exactly as X shows it (usually 7 digits), without letters.</source>
        <translation>X に表示された数字（通常 7 桁）を、文字を含めずにそのまま入力してください。</translation>
    </message>
    <message>
        <source>Unknown access type {access_type}.</source>
        <translation>不明なアクセスの種類です: {access_type}。</translation>
    </message>
    <message>
        <source>Use read or write, or leave it empty to get the app&apos;s own permission.</source>
        <translation>read か write を指定するか、空欄にしてアプリ自体の権限を使ってください。</translation>
    </message>
    <message>
        <source>Unknown link mode {link_mode}.</source>
        <translation>不明なリンクモードです: {link_mode}。</translation>
    </message>
    <message>
        <source>Use authorize (recommended) or authenticate.</source>
        <translation>authorize（推奨）か authenticate を使ってください。</translation>
    </message>
    <message>
        <source>a request token</source>
        <translation>リクエストトークン</translation>
    </message>
    <message>
        <source>X did not confirm the callback address, so this sign-in cannot continue safely.</source>
        <translation>X がコールバックのアドレスを確認しなかったため、このログインを安全に続けられません。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the callback URL in the developer portal.</source>
        <translation>もう一度お試しください。繰り返し起きる場合は、開発者ポータルでコールバックURLを確認してください。</translation>
    </message>
    <message>
        <source>The answer from X belongs to a different sign-in than the one in progress.</source>
        <translation>X からの応答は、進行中のものとは別のログインのものです。</translation>
    </message>
    <message>
        <source>Close other sign-in tabs and start the authorization again.</source>
        <translation>ほかのログイン用タブを閉じて、認可をやり直してください。</translation>
    </message>
    <message>
        <source>an access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>X&apos;s answer did not include a verifier.</source>
        <translation>X の応答に verifier が含まれていませんでした。</translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation>認可をやり直してください。</translation>
    </message>
    <message>
        <source>a PKCE verifier has 43 to 128 characters</source>
        <translation>PKCE の verifier は 43〜128 文字です</translation>
    </message>
    <message>
        <source>OAuth 2.0 needs the app&apos;s Client ID.</source>
        <translation>OAuth 2.0 には、アプリのクライアントIDが必要です。</translation>
    </message>
    <message>
        <source>Copy it from Keys and tokens → OAuth 2.0 Client ID and Client Secret in the developer portal (it is not the API Key).</source>
        <translation>開発者ポータルの Keys and tokens → OAuth 2.0 Client ID and Client Secret からコピーしてください（APIキーとは別のものです）。</translation>
    </message>
    <message>
        <source>The callback URL must start with http:// or https:// and name a host.</source>
        <translation>コールバックURLは http:// か https:// で始まり、ホスト名を含む必要があります。</translation>
    </message>
    <message>
        <source>Use the callback shown by the app, for example http://127.0.0.1:8765/callback.</source>
        <translation>アプリが表示するコールバックを使ってください。例: http://127.0.0.1:8765/callback</translation>
    </message>
    <message>
        <source>The callback URL must not contain ? or #.</source>
        <translation>コールバックURLに ? や # を含めることはできません。</translation>
    </message>
    <message>
        <source>X does not allow query strings in callback URLs; remove everything after ? or #.</source>
        <translation>X ではコールバックURLにクエリー文字列を使えません。? や # 以降をすべて削除してください。</translation>
    </message>
    <message>
        <source>Choose at least one permission (scope).</source>
        <translation>権限（スコープ）を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Pick a preset such as Read posts; X needs tweet.read and users.read to say who signed in.</source>
        <translation>「ポストの閲覧」などのプリセットを選んでください。誰がログインしたかを X が返すには tweet.read と users.read が必要です。</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>Bearerトークン</translation>
    </message>
    <message>
        <source>X&apos;s answer did not include an authorization code.</source>
        <translation>X の応答に認可コードが含まれていませんでした。</translation>
    </message>
    <message>
        <source>Authorize again in the browser.</source>
        <translation>ブラウザーでもう一度認可してください。</translation>
    </message>
    <message>
        <source>There is no refresh token to use.</source>
        <translation>使えるリフレッシュトークンがありません。</translation>
    </message>
    <message>
        <source>Authorize again and keep Stay signed in (offline.access) selected.</source>
        <translation>「ログインの維持」（offline.access）を選んだまま、もう一度認可してください。</translation>
    </message>
    <message>
        <source>token_type_hint must be &apos;access_token&apos; or &apos;refresh_token&apos;</source>
        <translation>token_type_hint は &apos;access_token&apos; か &apos;refresh_token&apos; である必要があります</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {value}.</source>
        <translation>フォルダー {path} を作成できません: {value}。</translation>
    </message>
    <message>
        <source>Check the permissions of {parent}, or set {DATA_DIR_ENV} to a folder you can write to.</source>
        <translation>{parent} のアクセス権を確認するか、{DATA_DIR_ENV} に書き込めるフォルダーを設定してください。</translation>
    </message>
    <message>
        <source>Another twauth-gui process has kept {name} busy for {timeout} seconds.</source>
        <translation>別の twauth-gui のプロセスが {name} を {timeout} 秒間使用し続けています。</translation>
    </message>
    <message>
        <source>Close other twauth-gui windows or commands and try again.</source>
        <translation>ほかの twauth-gui のウィンドウやコマンドを閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your API Key and Secret work, and X accepts the callback URL {callback}.</source>
        <translation>APIキーとシークレットは有効で、X はコールバックURL {callback} を受け付けています。</translation>
    </message>
    <message>
        <source>X accepted the Client ID as a {kind_of_client}.</source>
        <translation>X はクライアントIDを{kind_of_client}として受け付けました。</translation>
    </message>
    <message>
        <source>Your API Key and Secret work. X will show a PIN after you authorize.</source>
        <translation>APIキーとシークレットは有効です。認可すると X に PIN が表示されます。</translation>
    </message>
    <message>
        <source>confidential client (with Client Secret)</source>
        <translation>コンフィデンシャルクライアント（クライアントシークレットあり）</translation>
    </message>
    <message>
        <source>public client (no Client Secret)</source>
        <translation>パブリッククライアント（クライアントシークレットなし）</translation>
    </message>
    <message>
        <source>Your API Key and Secret work: X issued the app&apos;s Bearer token.</source>
        <translation>APIキーとシークレットは有効です。X がアプリの Bearerトークンを発行しました。</translation>
    </message>
    <message>
        <source>X accepted the Client ID as a {kind_of_client}. Make sure {redirect_uri} is registered as a Callback URI; X checks that in the browser step.</source>
        <translation>X はクライアントIDを{kind_of_client}として受け付けました。{redirect_uri} が Callback URI として登録されているか確認してください。X はブラウザーでの手順でこれを確認します。</translation>
    </message>
    <message>
        <source>Your API Key and Secret are fine, but X does not accept the callback URL {callback}.</source>
        <translation>APIキーとシークレットは問題ありませんが、X がコールバックURL {callback} を受け付けていません。</translation>
    </message>
    <message>
        <source>In the developer portal ({PORTAL}) open your app → User authentication settings → Callback URI / Redirect URL, add exactly {callback} (same scheme, host, port and path, no trailing slash), save, and check again.</source>
        <translation>開発者ポータル（{PORTAL}）でアプリ → User authentication settings → Callback URI / Redirect URL を開き、{callback} をそのまま（スキーム、ホスト、ポート、パスまで同じで、末尾のスラッシュなしで）追加して保存し、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Your API Key and Secret are fine, but this app has no callback URL set up.</source>
        <translation>APIキーとシークレットは問題ありませんが、このアプリにはコールバックURLが設定されていません。</translation>
    </message>
    <message>
        <source>Choose the PIN method, or in the developer portal ({PORTAL}) set up User authentication and add {callback} to its Callback URLs.</source>
        <translation>PIN 方式を選ぶか、開発者ポータル（{PORTAL}）で User authentication を設定し、Callback URLs に {callback} を追加してください。</translation>
    </message>
    <message>
        <source>Copy the Client Secret again (Keys and tokens → OAuth 2.0 Client ID and Client Secret; regenerate it if you lost it). If the app&apos;s type is Native App or Single page App (a public client), leave the Client Secret empty.</source>
        <translation>クライアントシークレットをもう一度コピーしてください（Keys and tokens → OAuth 2.0 Client ID and Client Secret。紛失した場合は再生成してください）。アプリの種類が Native App か Single page App（パブリッククライアント）の場合は、クライアントシークレットを空欄にしてください。</translation>
    </message>
    <message>
        <source>This app is probably a confidential client (type Web App, Automated App or Bot): enter its Client Secret too. Or change the app&apos;s type to Native App in User authentication settings.</source>
        <translation>このアプリはおそらくコンフィデンシャルクライアント（種類が Web App、Automated App or Bot）です。クライアントシークレットも入力してください。または、User authentication settings でアプリの種類を Native App に変更してください。</translation>
    </message>
    <message>
        <source>X did not accept the OAuth 2.0 Client ID and Secret.</source>
        <translation>X が OAuth 2.0 のクライアントIDとシークレットを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Choose an encrypted vault file protected by a passphrase, or keep credentials for this session only.</source>
        <translation>パスフレーズで保護された暗号化保管庫ファイルを使うか、このセッションの間だけ認証情報を保持するかを選んでください。</translation>
    </message>
    <message>
        <source>Unlock your keyring (log in to your desktop session) and try again.</source>
        <translation>キーリングのロックを解除して（デスクトップにログインして）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Python keyring library</source>
        <translation>Python の keyring ライブラリ</translation>
    </message>
    <message>
        <source>GNOME Keyring / Secret Service</source>
        <translation>GNOME キーリング／Secret Service</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>no usable keyring backend was found</source>
        <translation>使えるキーリングのバックエンドが見つかりませんでした</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds.</source>
        <translation>キーリングが {seconds} 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>It may be locked and waiting for a password: unlock your keyring / log in to your desktop session, then try again.</source>
        <translation>ロックされていて、パスワードの入力を待っているのかもしれません。キーリングのロックを解除するか、デスクトップにログインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{store_name} reported an error ({kind}).</source>
        <translation>{store_name} がエラーを報告しました（{kind}）。</translation>
    </message>
    <message>
        <source>no Secret Service on D-Bus</source>
        <translation>D-Bus に Secret Service がありません</translation>
    </message>
    <message>
        <source>No secure keyring is available on this system ({detail}).</source>
        <translation>このシステムには安全なキーリングがありません（{detail}）。</translation>
    </message>
    <message>
        <source>The {label} is too long to keep in a keyring: it takes {size} bytes as a keyring stores it, and the limit is {MAX_VALUE_BYTES} bytes (about {value} characters).</source>
        <translation>{label} が長すぎてキーリングに保管できません。キーリングの保存形式で {size} バイトになり、上限は {MAX_VALUE_BYTES} バイト（約 {value} 文字）です。</translation>
    </message>
    <message>
        <source>Check that you pasted only the {label} and nothing around it.</source>
        <translation>{label} だけを貼り付け、前後に余計なものが入っていないか確認してください。</translation>
    </message>
    <message>
        <source>{store_name} is locked.</source>
        <translation>{store_name} はロックされています。</translation>
    </message>
    <message>
        <source>{store_name} could not be reached ({kind}).</source>
        <translation>{store_name} に接続できませんでした（{kind}）。</translation>
    </message>
    <message>
        <source>Password for &apos;{username}&apos; on &apos;{service}&apos;</source>
        <translation>&apos;{service}&apos; の &apos;{username}&apos; のパスワード</translation>
    </message>
    <message>
        <source>the keyring is switched off in python-keyring&apos;s configuration</source>
        <translation>python-keyring の設定でキーリングが無効になっています</translation>
    </message>
    <message>
        <source>not base64 text</source>
        <translation>base64 のテキストではありません</translation>
    </message>
    <message>
        <source>The encrypted vault file {path} is damaged or not a twauth-gui vault.</source>
        <translation>暗号化保管庫ファイル {path} は壊れているか、twauth-gui の保管庫ではありません。</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it aside and add your credentials again.</source>
        <translation>バックアップから復元するか、ファイルを別の場所に移してから認証情報を追加し直してください。</translation>
    </message>
    <message>
        <source>Unknown vault type {preference}.</source>
        <translation>不明な保管庫の種類です: {preference}。</translation>
    </message>
    <message>
        <source>Use one of: os (the system keyring), file (an encrypted file), memory (this session only), e.g. {VAULT_ENV}=file.</source>
        <translation>os（システムのキーリング）、file（暗号化ファイル）、memory（このセッションのみ）のいずれかを使ってください。例: {VAULT_ENV}=file</translation>
    </message>
    <message>
        <source>Session memory</source>
        <translation>セッション中のメモリー</translation>
    </message>
    <message>
        <source>Credentials are kept only until twauth-gui closes; nothing is saved.</source>
        <translation>認証情報は twauth-gui を閉じるまでしか保持されず、何も保存されません。</translation>
    </message>
    <message>
        <source> If no unlock prompt appears, use an encrypted vault file instead.</source>
        <translation> ロック解除の画面が表示されない場合は、代わりに暗号化保管庫ファイルを使ってください。</translation>
    </message>
    <message>
        <source>The passphrase for the encrypted vault file is empty.</source>
        <translation>暗号化保管庫ファイルのパスフレーズが空です。</translation>
    </message>
    <message>
        <source>Enter a passphrase (a few random words is a good choice).</source>
        <translation>パスフレーズを入力してください（でたらめな単語をいくつか並べるのがおすすめです）。</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>暗号化ファイル</translation>
    </message>
    <message>
        <source>Secrets are kept in an encrypted file ({path}) protected by your passphrase. If you forget it they cannot be recovered; anyone with a copy of the file can try to guess it, so use a long passphrase.</source>
        <translation>秘密の値は、パスフレーズで保護された暗号化ファイル（{path}）に保管されます。パスフレーズを忘れると復元できません。また、ファイルのコピーを持つ人は誰でもパスフレーズの推測を試せるため、長いパスフレーズを使ってください。</translation>
    </message>
    <message>
        <source>The encrypted vault file needs its passphrase.</source>
        <translation>暗号化保管庫ファイルにはパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Enter the passphrase when asked, or set {PASSPHRASE_ENV}.</source>
        <translation>求められたらパスフレーズを入力するか、{PASSPHRASE_ENV} を設定してください。</translation>
    </message>
    <message>
        <source>Log in to your desktop session so that the keyring runs, or </source>
        <translation>キーリングが動くようにデスクトップにログインするか、 </translation>
    </message>
    <message>
        <source>the only keyring found ({name}) is not encrypted</source>
        <translation>見つかったキーリング（{name}）は暗号化されていません</translation>
    </message>
    <message>
        <source>The keyring</source>
        <translation>キーリング</translation>
    </message>
    <message>
        <source>Cannot read the encrypted vault file {path}: {value}.</source>
        <translation>暗号化保管庫ファイル {path} を読み込めません: {value}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>That passphrase does not open the encrypted vault file.</source>
        <translation>そのパスフレーズでは暗号化保管庫ファイルを開けません。</translation>
    </message>
    <message>
        <source>Type the passphrase again (check Caps Lock), or set {PASSPHRASE_ENV} to it.</source>
        <translation>パスフレーズをもう一度入力するか（Caps Lock を確認してください）、{PASSPHRASE_ENV} に設定してください。</translation>
    </message>
    <message>
        <source>collection is locked</source>
        <translation>コレクションがロックされています</translation>
    </message>
    <message>
        <source>twauth-gui does not know whether the keyring backend {name} keeps secrets encrypted. Prefer your system keyring or an encrypted vault file.</source>
        <translation>twauth-gui には、キーリングのバックエンド {name} が秘密の値を暗号化して保管するかどうか分かりません。システムのキーリングか暗号化保管庫ファイルを使うことをおすすめします。</translation>
    </message>
    <message>
        <source>{name} cannot be used as a credential name.</source>
        <translation>{name} は認証情報の名前に使えません。</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, spaces or the characters @ + . - _ (no slashes, not starting with a space).</source>
        <translation>英字、数字、空白、記号 @ + . - _ を 80 文字まで使えます（スラッシュは使えず、先頭に空白は置けません）。</translation>
    </message>
    <message>
        <source>{name} is not a valid secret field name.</source>
        <translation>{name} は正しい秘密の値の項目名ではありません。</translation>
    </message>
    <message>
        <source>Use lower-case names like access_token or api_secret.</source>
        <translation>access_token や api_secret のような小文字の名前を使ってください。</translation>
    </message>
    <message>
        <source>The {name} no longer holds the {value} of {name2}.</source>
        <translation>{name} に {name2} の {value} がなくなっています。</translation>
    </message>
    <message>
        <source>It may have been deleted in your keyring manager. Remove this credential and authorize again.</source>
        <translation>キーリングの管理ツールで削除された可能性があります。この認証情報を削除して、もう一度認可してください。</translation>
    </message>
    <message>
        <source>A credential named {name} is already saved.</source>
        <translation>{name} という名前の認証情報はすでに保存されています。</translation>
    </message>
    <message>
        <source>Choose another name, or replace the saved one.</source>
        <translation>別の名前を選ぶか、保存済みのものを置き換えてください。</translation>
    </message>
    <message>
        <source>The vault was written by a newer version of twauth-gui.</source>
        <translation>この保管庫は新しいバージョンの twauth-gui で書き込まれています。</translation>
    </message>
    <message>
        <source>Update twauth-gui to use these credentials.</source>
        <translation>これらの認証情報を使うには twauth-gui を更新してください。</translation>
    </message>
    <message>
        <source>There is no saved credential named {name}.</source>
        <translation>{name} という名前の保存済み認証情報はありません。</translation>
    </message>
    <message>
        <source>See the saved names with `twauth list` or in the vault window.</source>
        <translation>保存済みの名前は `twauth list` か保管庫ウィンドウで確認できます。</translation>
    </message>
    <message>
        <source>Cannot change {value} of a saved credential.</source>
        <translation>保存済みの認証情報の {value} は変更できません。</translation>
    </message>
    <message>
        <source>Only metadata fields other than name and sandbox can be updated.</source>
        <translation>更新できるのは、name と sandbox 以外のメタデータの項目だけです。</translation>
    </message>
    <message>
        <source>Cannot read the vault index {index_path}: {value}.</source>
        <translation>保管庫の索引 {index_path} を読み込めません: {value}。</translation>
    </message>
    <message>
        <source>Check the permissions of the twauth-gui data folder.</source>
        <translation>twauth-gui のデータフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>not an index</source>
        <translation>索引ではありません</translation>
    </message>
    <message>
        <source>The vault index {index_path} is damaged.</source>
        <translation>保管庫の索引 {index_path} が壊れています。</translation>
    </message>
    <message>
        <source>Move that file aside (your secrets stay in the keyring) and add the credentials again, or restore it from a backup.</source>
        <translation>そのファイルを別の場所に移して（秘密の値はキーリングに残ります）認証情報を追加し直すか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The {value} must be text.</source>
        <translation>{value} はテキストである必要があります。</translation>
    </message>
    <message>
        <source>Pass secrets as strings.</source>
        <translation>秘密の値は文字列で渡してください。</translation>
    </message>
</context>
</TS>
