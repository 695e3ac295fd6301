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
        <source>Open the wizard to sign in again with the same app</source>
        <translation>ウィザードを開き、同じアプリでもう一度ログインします</translation>
    </message>
    <message>
        <source>Authorize again</source>
        <translation>もう一度認可</translation>
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
        <source>Programs can read it any time with: twauth token {name}</source>
        <translation>プログラムからはいつでも次のコマンドで読み出せます: twauth token {name}</translation>
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
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Authorize &gt;</source>
        <translation>認可(&amp;A) &gt;</translation>
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
        <source>X cannot be reached</source>
        <translation>X に接続できません</translation>
    </message>
    <message>
        <source>X could not be reached, so “{name}” was not revoked.</source>
        <translation>X に接続できなかったため、「{name}」は無効化されていません。</translation>
    </message>
    <message>
        <source>Remove it from this computer only? It stays valid at X until you revoke it in the developer portal.</source>
        <translation>このコンピューターからだけ削除しますか？ 開発者ポータルで無効化するまで、X では有効なままです。</translation>
    </message>
    <message>
        <source>Remove here only</source>
        <translation>ここからだけ削除</translation>
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
        <source>Some credentials could not be revoked.</source>
        <translation>一部の認証情報を無効化できませんでした。</translation>
    </message>
    <message>
        <source>Signed out {n} credential(s).</source>
        <translation>{n} 件の認証情報を無効化しました。</translation>
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
        <translation>{label} には空白や改行を含められません。ポータルのコピーボタンでもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This looks like {what}, not {field}. {where}</source>
        <translation>これは {field} ではなく、{what} のようです。{where}</translation>
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
        <source>Keep the app name under {n} characters.</source>
        <translation>アプリ名は {n} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The e-mail address cannot contain spaces.</source>
        <translation>メールアドレスには空白を含められません。</translation>
    </message>
    <message>
        <source>Looks like {what}.</source>
        <translation>{what} のようです。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like the usual format. {shape} Check that you copied all of it.</source>
        <translation>通常の形式とは違うようです。{shape}すべてコピーできているか確認してください。</translation>
    </message>
    <message>
        <source>This looks more like {what}. Check that you copied the right value.</source>
        <translation>これは {what} のようです。正しい値をコピーしたか確認してください。</translation>
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
</context>
</TS>
