"""Demo FAQ content: accounts, sign-in, security, verification and the app."""

CATEGORIES = [
    {
        "slug": "sign-in-password",
        "order": 10,
        "icon": "key",
        "title": {
            "en": "Signing in and passwords",
            "zh_hans": "登录与密码",
            "zh_hant": "登入與密碼",
        },
        "description": {
            "en": "Help with signing in, forgotten passwords, locked accounts and changing your sign-in details.",
            "zh_hans": "解决登录问题、忘记密码、账户被锁定，以及更换登录邮箱或手机号。",
            "zh_hant": "處理登入問題、忘記密碼、帳戶遭鎖定，以及變更登入用的電子郵件或手機號碼。",
        },
    },
    {
        "slug": "profile-account",
        "order": 20,
        "icon": "person",
        "title": {
            "en": "Your profile and account",
            "zh_hans": "个人信息与账户",
            "zh_hant": "個人資料與帳戶",
        },
        "description": {
            "en": "Update your personal details, close your account, or download or delete your personal data.",
            "zh_hans": "修改个人信息、注销账户，或申请下载、删除您的个人数据。",
            "zh_hant": "更新個人資料、關閉帳戶，或申請下載、刪除您的個人資料。",
        },
    },
    {
        "slug": "security-2fa",
        "order": 30,
        "icon": "shield",
        "title": {
            "en": "Security and two-factor authentication",
            "zh_hans": "账户安全与双重验证",
            "zh_hant": "帳戶安全與雙重驗證",
        },
        "description": {
            "en": "Protect your account with two-factor authentication, manage trusted devices and spot scams.",
            "zh_hans": "开启双重验证、管理受信任设备、识别诈骗，全方位保护您的账户。",
            "zh_hant": "啟用雙重驗證、管理信任的裝置並學會辨識詐騙，守護您的帳戶安全。",
        },
    },
    {
        "slug": "verification-kyc",
        "order": 40,
        "icon": "id-card",
        "title": {"en": "Identity verification", "zh_hans": "身份认证", "zh_hant": "身分驗證"},
        "description": {
            "en": "Why we verify your identity, which documents you need, how long it takes and what limits apply.",
            "zh_hans": "为什么需要身份认证、要准备哪些证件、审核需要多久，以及各认证等级的限额。",
            "zh_hant": "為什麼需要驗證身分、要準備哪些證件、審核需要多久，以及各驗證等級的限額。",
        },
    },
    {
        "slug": "app-troubleshooting",
        "order": 50,
        "icon": "phone",
        "title": {
            "en": "App and troubleshooting",
            "zh_hans": "App 使用问题",
            "zh_hant": "App 疑難排解",
        },
        "description": {
            "en": "Fix app crashes, missing codes and notifications, and check which devices are supported.",
            "zh_hans": "解决 App 闪退、收不到验证码或通知等问题，并查看支持的设备和系统。",
            "zh_hant": "排除 App 當機、收不到驗證碼或通知等問題，並查看支援的裝置與作業系統。",
        },
    },
]

ARTICLES = [
    # ------------------------------------------------------------------
    # Signing in and passwords
    # ------------------------------------------------------------------
    {
        "slug": "reset-forgotten-password",
        "category": "sign-in-password",
        "regions": [],
        "related": [
            "unlock-locked-account",
            "change-sign-in-email-or-phone",
            "not-receiving-sms-or-email-codes",
        ],
        "views": 4620,
        "title": {
            "en": "Reset a forgotten password",
            "zh_hans": "忘记密码怎么办",
            "zh_hant": "忘記密碼怎麼辦",
        },
        "summary": {
            "en": "Tap “Forgot password?” on the sign-in screen and we’ll send a reset link to your registered e-mail address. The link expires after 30 minutes.",
            "zh_hans": "在登录页面点击“忘记密码？”，我们会向您的注册邮箱发送重置链接，链接 30 分钟内有效。",
            "zh_hant": "在登入畫面點選「忘記密碼？」，重設連結就會寄到您註冊的電子郵件信箱，30 分鐘內有效。",
        },
        "keywords": {
            "en": "forgot password, reset password, can't log in, can't sign in, password reset e-mail, new password",
            "zh_hans": "忘记密码, 重置密码, 找回密码, 登录不了, 无法登录, 重置邮件",
            "zh_hant": "忘記密碼, 重設密碼, 找回密碼, 無法登入, 登入不了, 重設信",
        },
        "body": {
            "en": """If you can't remember your password, you can set a new one yourself in a few minutes. All you need is access to the e-mail address registered to your OKPay account.

## Reset your password

1. Open the OKPay app or website and go to the sign-in screen.
2. Tap **Forgot password?** below the password field.
3. Enter the e-mail address you registered with and tap **Send reset link**.
4. Open the e-mail from OKPay and tap **Reset password**. The link works once and expires after 30 minutes.
5. Choose a new password of at least 10 characters that you haven't used on OKPay before, then sign in with it.

For your security, withdrawals are paused for 24 hours after a password reset. Payments and top-ups work as normal.

## The e-mail hasn't arrived

- Wait a couple of minutes, then check your spam or junk folder, and any "Promotions" or "Updates" tab in your mail app.
- Make sure you typed the address you signed up with. If you signed up with a phone number, tap **Use phone number instead** to get a code by SMS.
- Request one link at a time: each new request cancels the previous one.
- Still nothing after 15 minutes? See [Not receiving SMS codes, e-mails or notifications](/en/faq/app-troubleshooting/not-receiving-sms-or-email-codes/).

**OKPay will never ask for your password or your reset link by phone, chat or e-mail.** If someone does, don't reply, and [report it](/en/report/).

## If this didn't help

If you no longer have access to your registered e-mail address or phone number, we need to confirm your identity before we can help. [Contact us](/en/contact/) and have your full name and the details of a recent transaction ready.""",
            "zh_hans": """忘记密码不用着急，只要还能收到注册邮箱的邮件，几分钟内就可以自己设置新密码。

## 重置密码

1. 打开 OKPay App 或网页版，进入登录页面。
2. 点击密码输入框下方的 **忘记密码？**。
3. 输入注册时使用的邮箱地址，点击 **发送重置链接**。
4. 打开 OKPay 发来的邮件，点击 **重置密码**。该链接只能使用一次，30 分钟后失效。
5. 设置一个至少 10 位、且从未在 OKPay 使用过的新密码，然后用新密码登录。

为保障资金安全，重置密码后 24 小时内暂时无法提现，付款和充值不受影响。

## 没有收到邮件？

- 稍等一两分钟，再看看垃圾邮件文件夹；如果邮箱有“订阅邮件”“广告邮件”等分类，也请一并查看。
- 确认输入的是注册时使用的邮箱。如果当初是用手机号注册的，请点击 **改用手机号**，通过短信接收验证码。
- 每次只申请一个链接：重新申请后，之前的链接会自动失效。
- 15 分钟后仍未收到，请参阅[收不到短信验证码、邮件或通知](/zh-hans/faq/app-troubleshooting/not-receiving-sms-or-email-codes/)。

**OKPay 绝不会通过电话、在线客服或邮件向您索要密码或重置链接。** 如遇到此类要求，请勿回复，并[举报可疑活动](/zh-hans/report/)。

## 仍未解决？

如果您已无法使用注册邮箱或手机号，我们需要先核实您的身份才能协助处理。请[联系客服](/zh-hans/contact/)，并提前准备好您的真实姓名和一笔最近交易的详细信息。""",
            "zh_hant": """忘記密碼了嗎？只要還收得到註冊時使用的電子郵件，幾分鐘內就能自行設定新密碼。

## 重設密碼

1. 開啟 OKPay App 或網站，前往登入畫面。
2. 點選密碼欄位下方的 **忘記密碼？**。
3. 輸入註冊時使用的電子郵件地址，再點選 **傳送重設連結**。
4. 開啟 OKPay 寄來的郵件，點選 **重設密碼**。此連結僅能使用一次，30 分鐘後即失效。
5. 設定一組至少 10 個字元、且從未在 OKPay 使用過的新密碼，然後以新密碼登入。

基於安全考量，重設密碼後的 24 小時內會暫停提領功能；付款與儲值則可照常使用。

## 沒收到郵件？

- 請稍候一兩分鐘，並檢查垃圾郵件匣；若您的信箱有「促銷內容」或「最新快訊」等分頁，也請一併查看。
- 確認輸入的是註冊時的電子郵件地址。若當初是以手機號碼註冊，請點選 **改用手機號碼**，以簡訊接收驗證碼。
- 一次只申請一個連結：重新申請後，先前的連結就會失效。
- 過了 15 分鐘仍未收到，請參考[收不到簡訊驗證碼、電子郵件或通知](/zh-hant/faq/app-troubleshooting/not-receiving-sms-or-email-codes/)。

**OKPay 絕不會透過電話、線上客服或電子郵件向您索取密碼或重設連結。** 若有人提出這類要求，請勿回應，並[回報可疑活動](/zh-hant/report/)。

## 仍無法解決？

如果您已無法使用註冊的電子郵件或手機號碼，我們必須先確認您的身分才能協助。請[聯絡客服](/zh-hant/contact/)，並備妥您的真實姓名及一筆近期交易的詳細資料。""",
        },
    },
    {
        "slug": "unlock-locked-account",
        "category": "sign-in-password",
        "regions": [],
        "related": ["reset-forgotten-password", "keep-your-account-safe"],
        "views": 2310,
        "title": {
            "en": "My account is locked after too many attempts",
            "zh_hans": "多次输错密码，账户被锁定了",
            "zh_hant": "多次輸入錯誤，帳戶被鎖住了",
        },
        "summary": {
            "en": "After 5 wrong passwords or codes in a row, sign-in is locked for 30 minutes. You can wait, or unlock it straight away with a code sent to your e-mail or phone.",
            "zh_hans": "连续输错 5 次密码或验证码后，登录将被锁定 30 分钟。您可以等待自动解锁，也可以通过邮箱或手机验证码立即解锁。",
            "zh_hant": "連續輸錯 5 次密碼或驗證碼後，登入會被鎖定 30 分鐘。您可以等候自動解鎖，或用寄到電子郵件或手機的驗證碼立即解鎖。",
        },
        "keywords": {
            "en": "account locked, locked out, too many attempts, unlock account, frozen account, can't sign in",
            "zh_hans": "账户锁定, 账号被锁, 尝试次数过多, 解锁账户, 账户冻结, 登录不了",
            "zh_hant": "帳戶鎖定, 帳號被鎖, 嘗試次數過多, 解鎖帳戶, 帳戶凍結, 無法登入",
        },
        "body": {
            "en": """To stop anyone from guessing your password, OKPay locks sign-in after **5 wrong passwords or codes in a row**. Your money stays safe while the account is locked, and scheduled payments still go through.

## Wait for the automatic unlock

Most locks lift by themselves after **30 minutes**. The sign-in screen shows when you can try again. Trying before then restarts the timer, so please wait.

## Unlock it now

1. On the sign-in screen, tap **Unlock account**.
2. Enter the e-mail address or phone number you sign in with.
3. Enter the 6-digit code we send you.
4. If you've forgotten your password, set a new one straight away (see [Reset a forgotten password](/en/faq/sign-in-password/reset-forgotten-password/)).

## When we lock an account ourselves

Sometimes we lock an account because we've noticed something unusual, such as a sign-in from a new country followed by a large withdrawal. You'll get an e-mail telling you so, and the self-service unlock won't work. [Contact us](/en/contact/) so we can check it's really you.

## Weren't trying to sign in?

If you get a "too many attempts" e-mail but weren't signing in, someone may know your e-mail address or phone number and be guessing your password:

- Change your password as soon as you can get in.
- Turn on [two-factor authentication](/en/faq/security-2fa/turn-on-two-factor-authentication/) if it isn't on already.
- Open `Me > Settings > Security > Devices` and sign out any device you don't recognise.
- If money has moved without your permission, [report it](/en/report/) straight away.""",
            "zh_hans": """为防止他人猜测您的密码，**连续 5 次输错密码或验证码** 后，OKPay 会暂时锁定登录。锁定期间您的资金依然安全，已设置的定期付款也会照常执行。

## 等待自动解锁

大多数情况下，账户会在 **30 分钟** 后自动解锁，登录页面会显示可以重新尝试的时间。在此之前反复尝试会重新计时，请耐心等待。

## 立即解锁

1. 在登录页面点击 **解锁账户**。
2. 输入您用于登录的邮箱或手机号。
3. 输入我们发送给您的 6 位验证码。
4. 如果忘记了密码，请立即设置新密码（参见[忘记密码怎么办](/zh-hans/faq/sign-in-password/reset-forgotten-password/)）。

## 被 OKPay 主动锁定的账户

如果我们发现异常情况，例如账户在新的国家或地区登录后随即发起大额提现，也可能主动锁定账户。此时您会收到邮件通知，且无法自助解锁。请[联系客服](/zh-hans/contact/)，以便我们确认是您本人操作。

## 并没有尝试登录？

如果您收到“尝试次数过多”的邮件，自己却并没有登录，可能有人知道了您的邮箱或手机号，正在尝试猜测密码：

- 能登录后尽快修改密码。
- 如尚未开启，请开启[双重验证](/zh-hans/faq/security-2fa/turn-on-two-factor-authentication/)。
- 进入 `我的 > 设置 > 账户安全 > 登录设备`，将不认识的设备退出登录。
- 如发现未经您授权的资金变动，请立即[举报](/zh-hans/report/)。""",
            "zh_hant": """為了避免他人猜中您的密碼，只要 **連續輸錯 5 次密碼或驗證碼**，OKPay 就會暫時鎖定登入。鎖定期間您的資金仍受到保護，已排定的定期付款也會照常扣款。

## 等候自動解鎖

多數情況下，帳戶會在 **30 分鐘** 後自動解鎖，登入畫面上會顯示何時可以再試一次。在這之前重複嘗試會重新計時，請耐心等候。

## 馬上解鎖

1. 在登入畫面點選 **解鎖帳戶**。
2. 輸入您登入時使用的電子郵件地址或手機號碼。
3. 輸入我們傳送給您的 6 位數驗證碼。
4. 如果忘了密碼，請立即設定新密碼（請參考[忘記密碼怎麼辦](/zh-hant/faq/sign-in-password/reset-forgotten-password/)）。

## 由 OKPay 主動鎖定的帳戶

若我們偵測到異常狀況，例如帳戶在新的國家或地區登入後，隨即申請大筆提領，也可能會主動鎖定帳戶。這時您會收到電子郵件通知，而且無法自行解鎖。請[聯絡客服](/zh-hant/contact/)，讓我們確認是您本人。

## 您根本沒有嘗試登入？

如果您收到「嘗試次數過多」的通知信，卻沒有登入過，可能有人掌握了您的電子郵件或手機號碼，正在嘗試猜測密碼：

- 能登入後請盡快變更密碼。
- 若尚未啟用，請開啟[雙重驗證](/zh-hant/faq/security-2fa/turn-on-two-factor-authentication/)。
- 前往 `我的 > 設定 > 帳戶安全 > 已登入的裝置`，將不認得的裝置登出。
- 若發現有未經您授權的資金異動，請立即[回報](/zh-hant/report/)。""",
        },
    },
    {
        "slug": "change-sign-in-email-or-phone",
        "category": "sign-in-password",
        "regions": [],
        "related": ["update-personal-details", "lost-phone-two-factor-recovery"],
        "views": 1175,
        "title": {
            "en": "Change the e-mail or phone number you sign in with",
            "zh_hans": "更换登录邮箱或手机号",
            "zh_hant": "變更登入用的電子郵件或手機號碼",
        },
        "summary": {
            "en": "Change your sign-in e-mail or mobile number under Me > Settings > Sign-in details. You confirm the change with codes sent to both the old and the new address.",
            "zh_hans": "在“我的 > 设置 > 登录信息”中更换登录邮箱或手机号，需分别输入发送到新、旧邮箱或手机号的验证码进行确认。",
            "zh_hant": "在「我的 > 設定 > 登入資訊」中變更登入用的電子郵件或手機號碼，須以新、舊地址分別收到的驗證碼確認。",
        },
        "keywords": {
            "en": "change email, change phone number, new phone number, update login email, change mobile number, old number",
            "zh_hans": "更换邮箱, 更换手机号, 换手机号, 修改登录邮箱, 换号, 旧手机号",
            "zh_hant": "變更電子郵件, 更換手機號碼, 換門號, 修改登入信箱, 新號碼, 舊號碼",
        },
        "body": {
            "en": """You can change the e-mail address or mobile number you use to sign in at any time, as long as you can still sign in to your account.

## Before you start

- Have your current e-mail or phone to hand: we'll send a code there to confirm it's you.
- Make sure the new address or number isn't already used by another OKPay account. Each one can belong to only one account.
- If you receive two-factor codes by SMS, changing your number moves those codes to the new number too.

## Change your sign-in details

1. Go to `Me > Settings > Sign-in details`.
2. Tap **E-mail** or **Mobile number**, then **Change**.
3. Enter your password and the code sent to your **current** e-mail or phone.
4. Enter the new e-mail or number and confirm it with the code we send there.

We'll send a notice to both the old and the new address. For your protection, **withdrawals are paused for 24 hours** after the change.

## Lost access to your old e-mail or number?

If you've changed your phone number or can no longer open the old mailbox, you can't confirm the change yourself. [Contact us](/en/contact/) and we'll verify your identity another way. This usually takes 1–2 business days, and we may ask for a photo of your ID and a selfie.

**Got a notice that your sign-in details changed, but you didn't change them?** Someone else may be in your account. Tap **This wasn't me** in the e-mail, or [report it](/en/report/) right away.""",
            "zh_hans": """只要您还能登录账户，就可以随时更换用于登录的邮箱或手机号。

## 开始之前

- 请确保当前的邮箱或手机可以正常使用，我们会向其发送验证码，确认是您本人操作。
- 新的邮箱或手机号不能已绑定其他 OKPay 账户，每个邮箱或手机号只能对应一个账户。
- 如果您通过短信接收双重验证码，更换手机号后，验证码也会改为发送到新号码。

## 修改登录信息

1. 进入 `我的 > 设置 > 登录信息`。
2. 点击 **邮箱** 或 **手机号**，再点击 **更换**。
3. 输入登录密码，以及发送到 **当前** 邮箱或手机的验证码。
4. 输入新的邮箱或手机号，并填写发送到新地址的验证码完成确认。

修改完成后，我们会同时通知新、旧邮箱或手机号。为保障安全，**修改后 24 小时内暂停提现**。

## 旧邮箱或旧手机号已无法使用？

如果您已更换手机号，或无法再登录原来的邮箱，就无法自行完成验证。请[联系客服](/zh-hans/contact/)，我们会通过其他方式核实您的身份，一般需要 1–2 个工作日，期间可能需要您提供证件照片和自拍照。

**收到登录信息变更通知，但并不是您本人操作？** 可能有人已经进入了您的账户。请立即点击邮件中的 **不是我本人操作**，或直接[举报](/zh-hans/report/)。""",
            "zh_hant": """只要您還能登入帳戶，隨時都可以變更登入用的電子郵件地址或手機號碼。

## 開始之前

- 請確認目前的電子郵件或手機仍可正常使用，我們會傳送驗證碼過去，確認是您本人。
- 新的電子郵件或手機號碼不可已用於其他 OKPay 帳戶；每個電子郵件或號碼只能綁定一個帳戶。
- 若您以簡訊接收雙重驗證碼，變更號碼後，驗證碼也會改傳到新號碼。

## 變更登入資訊

1. 前往 `我的 > 設定 > 登入資訊`。
2. 點選 **電子郵件** 或 **手機號碼**，再點選 **變更**。
3. 輸入密碼，以及傳送到 **目前** 電子郵件或手機的驗證碼。
4. 輸入新的電子郵件或號碼，並以我們寄到新地址的驗證碼完成確認。

變更完成後，新、舊兩個地址都會收到通知。為了保護您的帳戶，**變更後 24 小時內將暫停提領**。

## 舊的電子郵件或門號已經無法使用？

如果您已經換了門號，或無法再登入原本的信箱，就無法自行完成確認。請[聯絡客服](/zh-hant/contact/)，我們會改用其他方式確認您的身分，通常需要 1–2 個工作天，過程中可能會請您提供證件照片與自拍照。

**收到登入資訊變更通知，卻不是您本人操作？** 可能已經有人進入您的帳戶。請立即點選通知信中的 **這不是我**，或直接[回報](/zh-hant/report/)。""",
        },
    },
    # ------------------------------------------------------------------
    # Your profile and account
    # ------------------------------------------------------------------
    {
        "slug": "update-personal-details",
        "category": "profile-account",
        "regions": [],
        "related": ["change-sign-in-email-or-phone", "verification-rejected-how-to-fix"],
        "views": 1530,
        "title": {
            "en": "Update your name, address or other personal details",
            "zh_hans": "修改姓名、地址等个人信息",
            "zh_hant": "修改姓名、地址等個人資料",
        },
        "summary": {
            "en": "Change your address, name and other details in Me > Personal details. A name change needs a photo of your new ID and a supporting document, such as a marriage certificate.",
            "zh_hans": "在“我的 > 个人信息”中修改地址、姓名等信息。修改姓名需上传新证件照片及结婚证等证明文件。",
            "zh_hant": "在「我的 > 個人資料」中修改地址、姓名等資料。變更姓名須上傳新證件照片及結婚證書等證明文件。",
        },
        "keywords": {
            "en": "change name, change address, update details, married name, moved house, personal information, edit profile",
            "zh_hans": "修改姓名, 修改地址, 更新个人信息, 改名, 搬家, 个人资料, 编辑资料",
            "zh_hant": "修改姓名, 變更地址, 更新個人資料, 改名, 搬家, 婚後改姓, 編輯個人檔案",
        },
        "body": {
            "en": """Keeping your details up to date helps payments and withdrawals go through smoothly, and it's required by the rules we follow as a payment provider. Some details you can change yourself; others need a quick identity check.

## What you can change, and how

| Detail | Where to change it | Identity check? |
| --- | --- | --- |
| Home address | `Me > Personal details > Address`, then tap **Save** | Proof of address, if you're fully verified |
| Name (after marriage, divorce or a legal name change) | `Me > Personal details > Name` | Yes: new ID plus a supporting document |
| Date of birth | Contact us | Yes: ID document |
| Sign-in e-mail or phone | `Me > Settings > Sign-in details` | Code sent to your current e-mail or phone |
| Nickname and profile photo | `Me > Personal details` | No |

## Change your name

1. Go to `Me > Personal details > Name` and tap **Change**.
2. Enter your new name exactly as it appears on your new ID.
3. Upload a photo of the new ID and of the document that explains the change, such as a marriage certificate or a name-change certificate.
4. Tap **Submit**. We usually review it within 1 business day and let you know by e-mail.

Until the review is finished, your account keeps working as normal under your old name.

**Tip:** the name on your OKPay account must match the name on the bank account you withdraw to. Update your bank first, then OKPay, to avoid returned withdrawals.

## If this didn't help

If the app won't accept your document or your change was declined, see [Why was my identity verification rejected?](/en/faq/verification-kyc/verification-rejected-how-to-fix/) or [contact us](/en/contact/). **Never send ID documents by chat or e-mail**; upload them only in the OKPay app or website.""",
            "zh_hans": """及时更新个人信息，可以让付款和提现更顺畅，这也是我们作为支付服务机构需要遵守的监管要求。部分信息可以自行修改，部分则需要先核实身份。

## 可修改的信息及方式

| 信息 | 修改入口 | 是否需要核实身份 |
| --- | --- | --- |
| 居住地址 | `我的 > 个人信息 > 地址`，修改后点击 **保存** | 已完成高级认证的用户需提供地址证明 |
| 姓名（结婚、离婚或依法改名） | `我的 > 个人信息 > 姓名` | 需要：新证件及相关证明文件 |
| 出生日期 | 联系客服 | 需要：身份证件 |
| 登录邮箱或手机号 | `我的 > 设置 > 登录信息` | 需输入发送到当前邮箱或手机的验证码 |
| 昵称和头像 | `我的 > 个人信息` | 不需要 |

## 修改姓名

1. 进入 `我的 > 个人信息 > 姓名`，点击 **修改**。
2. 按新证件上的写法填写新姓名。
3. 上传新证件照片，以及说明变更原因的文件，例如结婚证或改名证明。
4. 点击 **提交**。我们通常会在 1 个工作日内完成审核，并通过邮件通知您。

审核完成前，账户仍以原姓名正常使用。

**提示：** OKPay 账户姓名必须与提现银行账户的户名一致。建议先到银行更新姓名，再修改 OKPay 中的信息，以免提现被退回。

## 仍未解决？

如果 App 无法识别您上传的证件，或修改申请被拒绝，请参阅[身份认证未通过怎么办](/zh-hans/faq/verification-kyc/verification-rejected-how-to-fix/)，或[联系客服](/zh-hans/contact/)。**请勿通过在线客服或邮件发送证件照片**，只在 OKPay App 或网页版中上传。""",
            "zh_hant": """隨時更新個人資料，能讓付款與提領更順利，這也是我們身為支付服務業者必須遵守的法規要求。有些資料可以自行修改，有些則需要先確認身分。

## 可修改的資料與方式

| 資料 | 修改位置 | 是否需要確認身分 |
| --- | --- | --- |
| 居住地址 | `我的 > 個人資料 > 地址`，修改後點選 **儲存** | 已完成完整驗證者需提供地址證明 |
| 姓名（結婚、離婚或依法更名） | `我的 > 個人資料 > 姓名` | 需要：新證件及相關證明文件 |
| 出生日期 | 聯絡客服 | 需要：身分證件 |
| 登入用電子郵件或手機號碼 | `我的 > 設定 > 登入資訊` | 需輸入傳送至目前信箱或手機的驗證碼 |
| 暱稱與大頭貼 | `我的 > 個人資料` | 不需要 |

## 變更姓名

1. 前往 `我的 > 個人資料 > 姓名`，點選 **變更**。
2. 依照新證件上的寫法輸入新姓名。
3. 上傳新證件的照片，以及說明變更原因的文件，例如結婚證書或更名證明（如戶籍謄本）。
4. 點選 **送出**。我們通常會在 1 個工作天內完成審核，並以電子郵件通知您。

審核完成前，帳戶仍會以原本的姓名正常運作。

**小提醒：** OKPay 帳戶上的姓名必須與提領用銀行帳戶的戶名相同。建議先到銀行更新姓名，再修改 OKPay 的資料，以免提領遭到退回。

## 仍無法解決？

若 App 無法辨識您上傳的證件，或變更申請未通過，請參考[身分驗證未通過怎麼辦](/zh-hant/faq/verification-kyc/verification-rejected-how-to-fix/)，或[聯絡客服](/zh-hant/contact/)。**請勿透過線上客服或電子郵件傳送證件照片**，只能在 OKPay App 或網站上上傳。""",
        },
    },
    {
        "slug": "close-your-account",
        "category": "profile-account",
        "regions": [],
        "related": ["download-or-delete-your-data", "update-personal-details"],
        "views": 890,
        "title": {
            "en": "Close your OKPay account",
            "zh_hans": "注销 OKPay 账户",
            "zh_hant": "關閉 OKPay 帳戶",
        },
        "summary": {
            "en": "Withdraw your balance and let pending transactions finish, then close your account in Me > Settings. Some records must by law be kept for 5 years.",
            "zh_hans": "先提现全部余额并等待处理中的交易完成，再在“我的 > 设置”中注销账户。依法须保留的部分记录将保存 5 年。",
            "zh_hant": "先提領全部餘額並等待處理中的交易完成，再到「我的 > 設定」關閉帳戶。依法須保留的部分紀錄會保存 5 年。",
        },
        "keywords": {
            "en": "close account, delete account, cancel account, deactivate, leave OKPay, remaining balance",
            "zh_hans": "注销账户, 删除账号, 销户, 停用账户, 不想用了, 剩余余额",
            "zh_hant": "關閉帳戶, 刪除帳號, 註銷帳戶, 停用帳戶, 不想用了, 剩餘餘額",
        },
        "body": {
            "en": """You can close your OKPay account yourself in the app. Closing is permanent: the account can't be reopened later, although you're welcome to open a new one.

## Before you close

1. **Move your money out.** Withdraw your whole balance to your own bank account (`Wallet > Withdraw`). We can't close an account with money in it, and we can't pay a balance out to someone else.
2. **Wait for pending transactions.** Payments, refunds and withdrawals still in progress must finish first. This usually takes up to 3 business days.
3. **Cancel subscriptions and scheduled payments** that use OKPay, and tell the merchants how you'll pay instead.
4. **Save the statements you need** from `Me > Statements`. You won't be able to sign in once the account is closed.

## Close your account

1. Go to `Me > Settings > Close account`.
2. Tell us why you're leaving (optional, but it helps us improve).
3. Enter your password and the code we send you, then tap **Close account**.

We'll send you a confirmation e-mail.

## What we keep, and why

Payment-services and anti-money-laundering laws require us to keep some records after you leave: your identity details, verification documents and transaction history, usually for **5 years after closure** (longer where local law requires). We store them securely, use them only to meet those legal duties, and delete them when the period ends. Marketing data and saved cards are deleted straight away.

Want to know what we hold about you? See [Download or delete your personal data](/en/faq/profile-account/download-or-delete-your-data/).

## If this didn't help

If the **Close account** button is greyed out, there's usually a balance, a pending transaction or an open dispute on the account. [Contact us](/en/contact/) and we'll tell you what's holding it up.""",
            "zh_hans": """您可以在 App 中自行注销 OKPay 账户。注销后账户无法恢复，但您以后仍可以重新注册新账户。

## 注销前请先完成以下事项

1. **转出全部余额。** 通过 `钱包 > 提现` 将余额全部提现到您本人的银行账户。账户内仍有余额时无法注销，余额也不能转入他人账户。
2. **等待处理中的交易完成。** 正在进行的付款、退款和提现需全部完成，通常最多需要 3 个工作日。
3. **取消使用 OKPay 的订阅和自动扣款**，并告知相关商家您将改用的付款方式。
4. **下载需要保留的账单。** 在 `我的 > 账单明细` 中下载，注销后将无法再登录查看。

## 注销账户

1. 进入 `我的 > 设置 > 注销账户`。
2. 选择注销原因（选填，可帮助我们改进服务）。
3. 输入登录密码和我们发送的验证码，点击 **确认注销**。

注销成功后，您会收到一封确认邮件。

## 我们会保留哪些信息？为什么？

根据支付服务和反洗钱相关法律法规，账户注销后我们仍须保留部分记录，包括身份信息、认证材料和交易记录，一般保存至 **注销后 5 年**（当地法律要求更长的，从其规定）。这些信息会被安全存储，仅用于履行法定义务，期满后即予删除。营销相关数据和已保存的银行卡信息会立即删除。

想了解我们保存了您的哪些信息，请参阅[下载或删除个人数据](/zh-hans/faq/profile-account/download-or-delete-your-data/)。

## 仍未解决？

如果 **注销账户** 按钮显示为灰色，通常是因为账户仍有余额、处理中的交易或尚未结束的争议。请[联系客服](/zh-hans/contact/)，我们会告诉您具体原因。""",
            "zh_hant": """您可以直接在 App 中關閉 OKPay 帳戶。帳戶一經關閉便無法恢復，不過日後您仍可重新申請新帳戶。

## 關閉前請先完成

1. **轉出所有餘額。** 透過 `錢包 > 提領` 將餘額全數轉入您本人的銀行帳戶。帳戶還有餘額時無法關閉，餘額也無法轉給他人。
2. **等待處理中的交易完成。** 進行中的付款、退款與提領都必須先完成，一般最多需要 3 個工作天。
3. **取消綁定 OKPay 的訂閱與定期扣款**，並通知相關商家您之後的付款方式。
4. **下載需要保存的對帳單。** 請至 `我的 > 對帳單` 下載；帳戶關閉後就無法再登入查看。

## 關閉帳戶

1. 前往 `我的 > 設定 > 關閉帳戶`。
2. 告訴我們您離開的原因（非必填，但能幫助我們改善服務）。
3. 輸入密碼及我們傳送的驗證碼，再點選 **關閉帳戶**。

完成後，您會收到一封確認信。

## 我們會保留哪些資料？原因為何？

依據支付服務及洗錢防制相關法規，帳戶關閉後我們仍須保留部分紀錄，包括身分資料、驗證文件與交易紀錄，一般保存至 **帳戶關閉後 5 年**（當地法規要求更久者，依其規定）。這些資料會妥善保管，僅用於履行法定義務，期限屆滿即予刪除。行銷相關資料及您儲存的卡片資訊則會立即刪除。

想知道我們保存了哪些關於您的資料，請參考[下載或刪除個人資料](/zh-hant/faq/profile-account/download-or-delete-your-data/)。

## 仍無法解決？

若 **關閉帳戶** 按鈕呈灰色無法點選，通常是帳戶仍有餘額、處理中的交易或尚未結案的爭議款項。請[聯絡客服](/zh-hant/contact/)，我們會告訴您卡在哪裡。""",
        },
    },
    {
        "slug": "download-or-delete-your-data",
        "category": "profile-account",
        "regions": [],
        "related": ["close-your-account"],
        "views": 240,
        "title": {
            "en": "Download or delete your personal data",
            "zh_hans": "下载或删除个人数据",
            "zh_hant": "下載或刪除個人資料",
        },
        "summary": {
            "en": "Request a copy of the personal data we hold about you, or ask us to delete it, in Me > Settings > Privacy. Downloads are usually ready within 48 hours.",
            "zh_hans": "在“我的 > 设置 > 隐私”中申请下载或删除我们保存的个人数据，下载文件通常在 48 小时内准备好。",
            "zh_hant": "在「我的 > 設定 > 隱私權」中申請下載或刪除我們保存的個人資料，下載檔案通常在 48 小時內備妥。",
        },
        "keywords": {
            "en": "personal data, data request, download my data, delete my data, privacy, GDPR, data protection",
            "zh_hans": "个人数据, 个人信息, 下载我的数据, 删除数据, 隐私, 数据保护, 个人信息保护",
            "zh_hant": "個人資料, 資料請求, 下載我的資料, 刪除資料, 隱私權, 個資, 個資保護",
        },
        "body": {
            "en": """You have the right to know what personal data OKPay holds about you, to get a copy of it and, in many cases, to ask us to delete it. Your exact rights depend on the data protection law where you live, but we handle requests the same way everywhere.

## Download a copy of your data

1. Go to `Me > Settings > Privacy > Download my data`.
2. Choose what to include: profile, transactions, devices and sign-ins, support conversations, or everything.
3. Tap **Request download** and confirm with your password.

We'll e-mail you when the file is ready, usually within 48 hours and never later than 30 days. The download link is valid for **7 days** and only works while you're signed in. The file is a ZIP archive of readable CSV and JSON files.

## Ask us to delete your data

Deleting your data also closes your account, so withdraw your balance first.

1. Go to `Me > Settings > Privacy > Delete my data`.
2. Read the summary of what will be deleted and what must be kept.
3. Confirm with your password and the code we send you.

We delete everything we're not legally required to keep straight away. By law, identity and transaction records must be kept for a set time, usually 5 years; see [Close your OKPay account](/en/faq/profile-account/close-your-account/) for details.

## Other requests

To correct your data, opt out of marketing, or ask how a decision about your account was made, use the [feedback form](/en/feedback/) and choose **Privacy request**. You can also turn off marketing messages at any time in `Me > Settings > Notifications`.

**We will never ask you to pay to get your data.** Anyone charging a fee to "release" or "unfreeze" your data is not OKPay: please [report them](/en/report/).""",
            "zh_hans": """您有权了解 OKPay 保存了您的哪些个人信息、获取副本，并在多数情况下要求我们删除。具体权利以您所在地的个人信息保护法律为准，但我们在各地区的处理流程相同。

## 下载个人数据副本

1. 进入 `我的 > 设置 > 隐私 > 下载我的数据`。
2. 选择要包含的内容：个人资料、交易记录、设备与登录记录、客服沟通记录，或全部数据。
3. 点击 **申请下载**，并输入登录密码确认。

文件准备好后，我们会发邮件通知您，通常在 48 小时内，最迟不超过 30 天。下载链接 **7 天内有效**，且仅在登录状态下可用。文件为 ZIP 压缩包，内含可直接查看的 CSV 和 JSON 文件。

## 申请删除个人数据

删除个人数据会同时注销您的账户，请先将余额全部提现。

1. 进入 `我的 > 设置 > 隐私 > 删除我的数据`。
2. 阅读将被删除和必须保留的信息说明。
3. 输入登录密码和我们发送的验证码确认。

凡法律未要求保留的数据，我们会立即删除。按照法律规定，身份信息和交易记录须保存一定期限，一般为 5 年，详见[注销 OKPay 账户](/zh-hans/faq/profile-account/close-your-account/)中的说明。

## 其他请求

如需更正个人信息、拒收营销信息，或了解与您账户有关的决定是如何作出的，请通过[意见反馈表](/zh-hans/feedback/)提交，并选择 **隐私请求**。您也可以随时在 `我的 > 设置 > 通知` 中关闭营销消息。

**我们绝不会要求您付费才能获取个人数据。** 凡以“数据解冻”“资料释放”等名义向您收费的，都不是 OKPay，请[举报](/zh-hans/report/)。""",
            "zh_hant": """您有權知道 OKPay 保存了哪些關於您的個人資料、取得副本，並在多數情況下要求我們刪除。實際權利依您所在地的個人資料保護法規而定，但我們在各地區都以相同流程處理。

## 下載個人資料副本

1. 前往 `我的 > 設定 > 隱私權 > 下載我的資料`。
2. 選擇要包含的項目：個人檔案、交易紀錄、裝置與登入紀錄、客服對話紀錄，或全部資料。
3. 點選 **申請下載**，並輸入密碼確認。

檔案準備好後，我們會以電子郵件通知您，通常在 48 小時內完成，最遲不超過 30 天。下載連結 **7 天內有效**，且必須在登入狀態下才能使用。檔案為 ZIP 壓縮檔，內含可直接開啟的 CSV 與 JSON 檔案。

## 申請刪除個人資料

刪除個人資料也會一併關閉您的帳戶，請先將餘額全數提領。

1. 前往 `我的 > 設定 > 隱私權 > 刪除我的資料`。
2. 閱讀哪些資料會被刪除、哪些必須保留的說明。
3. 輸入密碼及我們傳送的驗證碼以確認。

法規未要求保留的資料，我們會立即刪除；身分資料與交易紀錄則依法須保存一段期間，一般為 5 年，詳見[關閉 OKPay 帳戶](/zh-hant/faq/profile-account/close-your-account/)中的說明。

## 其他請求

如需更正個人資料、拒收行銷訊息，或想了解與您帳戶相關的決定是如何做出的，請透過[意見回饋表單](/zh-hant/feedback/)提出，並選擇 **隱私權請求**。您也可以隨時在 `我的 > 設定 > 通知` 中關閉行銷訊息。

**我們絕不會要求您付費才能取得個人資料。** 凡以「解除資料凍結」、「釋出資料」等名義向您收費的，都不是 OKPay，請[回報](/zh-hant/report/)。""",
        },
    },
    # ------------------------------------------------------------------
    # Security and two-factor authentication
    # ------------------------------------------------------------------
    {
        "slug": "turn-on-two-factor-authentication",
        "category": "security-2fa",
        "regions": [],
        "related": ["lost-phone-two-factor-recovery", "keep-your-account-safe"],
        "views": 1960,
        "title": {
            "en": "Turn on two-factor authentication (2FA)",
            "zh_hans": "开启双重验证（2FA）",
            "zh_hant": "啟用雙重驗證（2FA）",
        },
        "summary": {
            "en": "Add a 6-digit code from an authenticator app or SMS to your password, so nobody can sign in with your password alone. Save your backup codes when you set it up.",
            "zh_hans": "在密码之外增加一道由验证器 App 或短信提供的 6 位验证码，即使密码泄露也无法登录。设置时请务必保存备用码。",
            "zh_hant": "在密碼之外，再加上驗證器 App 或簡訊提供的 6 位數驗證碼，光有密碼也無法登入。設定時請務必保存備用碼。",
        },
        "keywords": {
            "en": "2FA, two-factor authentication, two-step verification, authenticator app, SMS code, backup codes, trusted device",
            "zh_hans": "双重验证, 两步验证, 2FA, 身份验证器, 短信验证码, 备用码, 受信任设备",
            "zh_hant": "雙重驗證, 兩步驟驗證, 2FA, 驗證器, 簡訊驗證碼, 備用碼, 信任的裝置",
        },
        "body": {
            "en": """Two-factor authentication (2FA) adds a second step when you sign in or move money: as well as your password, you enter a 6-digit code that only you can get. Even if someone learns your password, they can't get into your account without that code.

## Choose a method

| Method | Where the code comes from | Recommended? |
| --- | --- | --- |
| Authenticator app | Generated on your phone, works without a connection | **Yes**, the most secure option |
| SMS | Sent by text message to your mobile number | A good fallback if you can't use an app |

## Turn on 2FA with an authenticator app

1. Install an authenticator app that supports 6-digit time-based codes (TOTP) from your phone's official app store.
2. In OKPay, go to `Me > Settings > Security > Two-factor authentication` and tap **Authenticator app**.
3. Scan the QR code with the authenticator app. Setting up on the same phone? Tap **Copy setup key** and paste it into the authenticator app instead.
4. Enter the 6-digit code the authenticator app shows, then tap **Turn on**.
5. **Save your 10 backup codes.** Write them down or keep them in a password manager, somewhere other than your phone. Each code works once and gets you in if you lose your phone.

## Turn on 2FA by SMS

Follow steps 2–4 above but choose **SMS**. We'll text the code to your verified mobile number.

## Good to know

- After you sign in, your phone becomes a **trusted device** for 30 days, so you won't need a code every time you sign in on it. You'll still need one to withdraw money or change security settings.
- **OKPay staff will never ask you for a 2FA code or a backup code.** Anyone who does is trying to get into your account.
- Lost your phone? See [Lost your phone? Sign in without your 2FA codes](/en/faq/security-2fa/lost-phone-two-factor-recovery/).""",
            "zh_hans": """双重验证（2FA）会在您登录或转出资金时增加一道验证：除了密码，还需要输入只有您本人才能获取的 6 位验证码。即使密码泄露，没有验证码也无法登录您的账户。

## 选择验证方式

| 方式 | 验证码来源 | 是否推荐 |
| --- | --- | --- |
| 身份验证器 App | 由手机上的验证器 App 生成，无需联网 | **推荐**，安全性最高 |
| 短信 | 以短信发送到您的手机号 | 无法使用验证器 App 时的备选方式 |

## 使用身份验证器 App 开启

1. 从手机的官方应用商店安装一款支持 6 位动态验证码（TOTP）的身份验证器 App。
2. 在 OKPay 中进入 `我的 > 设置 > 账户安全 > 双重验证`，点击 **身份验证器 App**。
3. 用验证器 App 扫描二维码。如果是在同一部手机上设置，请点击 **复制密钥**，再粘贴到验证器 App 中。
4. 输入验证器 App 显示的 6 位验证码，点击 **开启**。
5. **保存 10 个备用码。** 抄写下来或存入密码管理器，不要只存放在手机上。每个备用码只能使用一次，手机丢失时可以用它登录。

## 使用短信开启

按上述第 2–4 步操作，选择 **短信** 即可，验证码将发送到您已验证的手机号。

## 注意事项

- 成功登录后，该手机会成为 **受信任设备**，30 天内在该设备上登录无需每次输入验证码；但提现或修改安全设置时仍需验证。
- **OKPay 工作人员绝不会索要您的双重验证码或备用码。** 任何索要验证码的人，都是想盗取您的账户。
- 手机丢失了？请参阅[手机丢失，无法获取双重验证码怎么办](/zh-hans/faq/security-2fa/lost-phone-two-factor-recovery/)。""",
            "zh_hant": """雙重驗證（2FA）會在您登入或轉出資金時多加一道關卡：除了密碼，還要輸入只有您本人才能取得的 6 位數驗證碼。就算密碼外洩，沒有驗證碼也進不了您的帳戶。

## 選擇驗證方式

| 方式 | 驗證碼來源 | 是否建議 |
| --- | --- | --- |
| 驗證器應用程式 | 由手機上的驗證器 App 產生，不需連上網路 | **建議使用**，安全性最高 |
| 簡訊 | 以簡訊傳送到您的手機號碼 | 無法使用驗證器 App 時的替代方案 |

## 以驗證器應用程式啟用

1. 從手機的官方應用程式商店，安裝一款支援 6 位數動態驗證碼（TOTP）的驗證器 App。
2. 在 OKPay 中前往 `我的 > 設定 > 帳戶安全 > 雙重驗證`，點選 **驗證器應用程式**。
3. 用驗證器 App 掃描 QR 碼。若是在同一支手機上設定，請點選 **複製設定金鑰**，再貼到驗證器 App 中。
4. 輸入驗證器 App 顯示的 6 位數驗證碼，再點選 **啟用**。
5. **保存 10 組備用碼。** 請抄寫下來或存放在密碼管理工具中，不要只存在手機裡。每組備用碼只能使用一次，手機遺失時可以用來登入。

## 以簡訊啟用

依照上述第 2–4 步操作，改選 **簡訊** 即可，驗證碼會傳送到您已驗證的手機號碼。

## 小提醒

- 成功登入後，這支手機會成為 **信任的裝置**，30 天內在這支手機登入不必每次輸入驗證碼；但提領或變更安全性設定時仍需驗證。
- **OKPay 員工絕不會向您索取雙重驗證碼或備用碼。** 會開口要驗證碼的人，都是想盜用您的帳戶。
- 手機遺失了？請參考[手機遺失，收不到雙重驗證碼怎麼辦](/zh-hant/faq/security-2fa/lost-phone-two-factor-recovery/)。""",
        },
    },
    {
        "slug": "lost-phone-two-factor-recovery",
        "category": "security-2fa",
        "regions": [],
        "related": ["turn-on-two-factor-authentication", "keep-your-account-safe"],
        "views": 1380,
        "title": {
            "en": "Lost your phone? Sign in without your 2FA codes",
            "zh_hans": "手机丢失，无法获取双重验证码怎么办",
            "zh_hant": "手機遺失，收不到雙重驗證碼怎麼辦",
        },
        "summary": {
            "en": "Use one of your backup codes to sign in, then set up 2FA on your new phone. No backup codes? We can reset 2FA after an identity check, usually within 2 business days.",
            "zh_hans": "使用备用码登录后，在新手机上重新设置双重验证。没有备用码？完成身份核验后我们可为您重置，通常需要 2 个工作日。",
            "zh_hant": "用備用碼登入後，在新手機上重新設定雙重驗證。沒有備用碼？完成身分確認後我們可協助重設，通常需要 2 個工作天。",
        },
        "keywords": {
            "en": "lost phone, stolen phone, new phone, lost authenticator, backup codes, reset 2FA, recovery codes",
            "zh_hans": "手机丢失, 手机被盗, 换手机, 验证器丢失, 备用码, 重置双重验证, 恢复码",
            "zh_hant": "手機遺失, 手機被偷, 換手機, 驗證器遺失, 備用碼, 重設雙重驗證, 復原碼",
        },
        "body": {
            "en": """If your phone is lost, stolen, broken or replaced, you can still get back into your account. What to do depends on whether you saved your backup codes. If you use SMS codes and kept your number, just put your SIM card in the new phone and codes will arrive as usual.

## First, if your phone was lost or stolen

- Ask your mobile network to block your SIM, so nobody else can receive your SMS codes.
- From another device, sign in and go to `Me > Settings > Security > Devices`, then tap **Sign out** next to the lost phone. If you can't sign in, [contact us](/en/contact/) and we'll do it for you.
- Keep an eye on your transaction history. If you see anything you don't recognise, [report it](/en/report/).

## If you have your backup codes

1. Sign in with your e-mail address or phone number and password.
2. When asked for a code, tap **Use a backup code** and enter one of your 10 codes. Each works only once.
3. Go to `Me > Settings > Security > Two-factor authentication` and set up 2FA again on your new phone.
4. Tap **Generate new backup codes** and store them safely. Your old codes stop working.

## If you don't have your backup codes

1. On the code screen, tap **Can't use any of these?**
2. Follow the steps to confirm your identity: a photo of the ID you verified with and a short selfie video.
3. We review the request, usually within 2 business days, and e-mail you once 2FA has been reset.

**For your security, withdrawals and changes to sign-in details are paused for 48 hours after a 2FA reset.**

## Watch out for scams

No one from OKPay will call to "help reset" your 2FA or ask you to read out a code. Check any number or address that contacts you on our [Is it really us?](/en/contact/verify/) page.""",
            "zh_hans": """手机丢失、被盗、损坏或更换后，您仍然可以重新登录账户，具体操作取决于您是否保存了备用码。如果您使用短信验证且手机号没有变，只需将 SIM 卡装入新手机，即可照常接收验证码。

## 手机丢失或被盗时，请先这样做

- 联系运营商挂失 SIM 卡，防止他人接收您的短信验证码。
- 在其他设备上登录，进入 `我的 > 设置 > 账户安全 > 登录设备`，将丢失的手机 **退出登录**。如果无法登录，请[联系客服](/zh-hans/contact/)，我们会帮您操作。
- 留意账户交易记录，发现不认识的交易请立即[举报](/zh-hans/report/)。

## 如果您保存了备用码

1. 使用邮箱或手机号和密码登录。
2. 在要求输入验证码时，点击 **使用备用码**，输入 10 个备用码中的任意一个。每个备用码只能使用一次。
3. 进入 `我的 > 设置 > 账户安全 > 双重验证`，在新手机上重新设置双重验证。
4. 点击 **生成新的备用码** 并妥善保存，旧的备用码将同时失效。

## 如果没有备用码

1. 在输入验证码的页面，点击 **以上方式都无法使用？**。
2. 按提示完成身份核验：上传认证时所用证件的照片，并录制一段简短的自拍视频。
3. 我们通常会在 2 个工作日内完成审核，双重验证重置后会发邮件通知您。

**为保障账户安全，双重验证重置后 48 小时内暂停提现及修改登录信息。**

## 谨防诈骗

OKPay 工作人员绝不会打电话“协助您重置”双重验证，也不会让您读出验证码。任何联系您的电话、邮箱或网址，都可以在[“真的是我们吗？”](/zh-hans/contact/verify/)页面核实。""",
            "zh_hant": """手機遺失、遭竊、損壞或換了新機，您仍然可以重新登入帳戶，做法取決於您是否保存了備用碼。如果您使用簡訊驗證且門號沒變，只要把 SIM 卡插進新手機，就能照常收到驗證碼。

## 手機遺失或遭竊時，請先這樣做

- 聯絡電信業者停用 SIM 卡，避免他人收到您的簡訊驗證碼。
- 在其他裝置登入，前往 `我的 > 設定 > 帳戶安全 > 已登入的裝置`，將遺失的手機 **登出**。若無法登入，請[聯絡客服](/zh-hant/contact/)，我們會協助處理。
- 留意帳戶的交易紀錄，若發現不認得的交易，請立即[回報](/zh-hant/report/)。

## 如果您有備用碼

1. 以電子郵件或手機號碼和密碼登入。
2. 系統要求輸入驗證碼時，點選 **使用備用碼**，輸入 10 組備用碼中的任一組。每組只能使用一次。
3. 前往 `我的 > 設定 > 帳戶安全 > 雙重驗證`，在新手機上重新設定。
4. 點選 **產生新的備用碼** 並妥善保存，舊的備用碼會隨即失效。

## 如果沒有備用碼

1. 在輸入驗證碼的畫面，點選 **無法使用以上任何方式？**。
2. 依照指示確認身分：上傳您驗證時所用證件的照片，並錄製一段簡短的自拍影片。
3. 我們通常會在 2 個工作天內完成審核，雙重驗證重設後將以電子郵件通知您。

**為了保護您的帳戶，雙重驗證重設後 48 小時內將暫停提領及變更登入資訊。**

## 小心詐騙

OKPay 員工絕不會打電話「協助您重設」雙重驗證，也不會要您唸出驗證碼。任何與您聯繫的電話、電子郵件或網址，都可以到[「真的是我們嗎？」](/zh-hant/contact/verify/)頁面查證。""",
        },
    },
    {
        "slug": "keep-your-account-safe",
        "category": "security-2fa",
        "regions": [],
        "related": ["turn-on-two-factor-authentication", "recognise-official-okpay-messages"],
        "views": 2750,
        "title": {
            "en": "How to keep your account safe",
            "zh_hans": "如何保障账户安全",
            "zh_hant": "如何保護帳戶安全",
        },
        "summary": {
            "en": "A short security checklist: turn on 2FA, use a unique password and change it regularly, check your transaction history, and tell us at once about anything suspicious.",
            "zh_hans": "账户安全清单：开启双重验证、使用独有密码并定期更换、经常查看交易记录，发现可疑情况立即联系我们。",
            "zh_hant": "帳戶安全檢查清單：啟用雙重驗證、使用專用密碼並定期更換、經常查看交易紀錄，發現可疑狀況立即與我們聯繫。",
        },
        "keywords": {
            "en": "account security, stay safe, protect account, hacked, suspicious activity, strong password, unauthorised payment",
            "zh_hans": "账户安全, 防盗, 保护账户, 账户被盗, 可疑活动, 强密码, 非本人交易",
            "zh_hant": "帳戶安全, 防盜, 保護帳戶, 帳號被盜, 可疑活動, 強密碼, 盜刷",
        },
        "body": {
            "en": """Most account takeovers start with a reused password or a code shared with a scammer. A few habits make your OKPay account much harder to break into.

## Your security checklist

1. **Turn on two-factor authentication.** An authenticator app is the strongest option. [Set it up now](/en/faq/security-2fa/turn-on-two-factor-authentication/).
2. **Use a strong, unique password** of at least 10 characters that you don't use anywhere else. Change it regularly, and straight away if you think someone else knows it.
3. **Check your transaction history** in `Activity` at least once a week, and keep payment notifications on so you hear about every payment as it happens.
4. **Review your devices** in `Me > Settings > Security > Devices` and sign out any you don't recognise or no longer use.
5. **Lock your phone** with a PIN, fingerprint or face unlock, and turn on `Me > Settings > Security > App lock`.
6. **Keep the app and your phone's system up to date**, and install OKPay only from official app stores.
7. **Protect your e-mail account too.** Whoever controls your e-mail can reset your OKPay password.

## Things OKPay will never do

- Ask for your password, one-time codes or backup codes.
- Ask you to move money to a "safe account" or to install a screen-sharing app.
- Contact you from a personal social-media account.

Read more in [How to recognise real OKPay messages and calls](/en/faq/security-2fa/recognise-official-okpay-messages/).

## Spotted something suspicious?

If you see a payment you didn't make, a sign-in you don't recognise, or a message pretending to be from OKPay:

1. Change your password and sign out all other devices.
2. [Report it](/en/report/), with the date, amount and any transaction numbers. The sooner you tell us, the better our chance of stopping the money.
3. Follow your report on the [status page](/en/status/) with the reference number we give you.""",
            "zh_hans": """大多数账户被盗，都始于重复使用的密码，或把验证码告诉了骗子。养成以下几个习惯，就能让您的 OKPay 账户安全得多。

## 账户安全清单

1. **开启双重验证。** 身份验证器 App 是最安全的方式。[立即设置](/zh-hans/faq/security-2fa/turn-on-two-factor-authentication/)。
2. **使用高强度且独有的密码**，至少 10 位，不与其他网站或 App 共用。定期更换密码；一旦怀疑他人知道了密码，请立即修改。
3. **经常查看交易记录。** 建议每周至少在 `账单` 中查看一次，并保持付款通知开启，每笔付款都能第一时间知道。
4. **检查登录设备。** 在 `我的 > 设置 > 账户安全 > 登录设备` 中，将不认识或不再使用的设备退出登录。
5. **给手机加锁。** 设置锁屏密码、指纹或面容解锁，并开启 `我的 > 设置 > 账户安全 > 应用锁`。
6. **及时更新 App 和手机系统**，只从官方应用商店下载 OKPay。
7. **同样保护好您的邮箱。** 谁能登录您的邮箱，谁就能重置您的 OKPay 密码。

## OKPay 绝不会这样做

- 索要您的密码、一次性验证码或备用码。
- 要求您把钱转入所谓的“安全账户”，或让您安装屏幕共享软件。
- 用个人社交媒体账号联系您。

更多内容请参阅[如何识别 OKPay 官方消息和来电](/zh-hans/faq/security-2fa/recognise-official-okpay-messages/)。

## 发现可疑情况？

如果您发现非本人操作的付款、陌生的登录记录，或冒充 OKPay 的消息：

1. 立即修改密码，并退出其他所有设备。
2. [举报可疑活动](/zh-hans/report/)，并提供日期、金额及交易编号。越早告诉我们，拦截资金的机会就越大。
3. 提交后您会获得一个受理编号，可在[进度查询](/zh-hans/status/)页面跟踪处理进度。""",
            "zh_hant": """多數帳戶遭盜用的案例，都是從重複使用的密碼，或把驗證碼告訴詐騙者開始的。養成以下幾個習慣，就能讓您的 OKPay 帳戶安全許多。

## 帳戶安全檢查清單

1. **啟用雙重驗證。** 驗證器應用程式是最安全的選擇。[馬上設定](/zh-hant/faq/security-2fa/turn-on-two-factor-authentication/)。
2. **使用強度高且專用的密碼**，至少 10 個字元，不要與其他網站或 App 共用。請定期更換，一旦懷疑有人知道密碼，就立刻變更。
3. **定期檢查交易紀錄。** 建議每週至少在 `交易紀錄` 中查看一次，並開啟付款通知，每筆付款都能即時掌握。
4. **檢查已登入的裝置。** 在 `我的 > 設定 > 帳戶安全 > 已登入的裝置` 中，將不認得或不再使用的裝置登出。
5. **替手機上鎖。** 設定螢幕鎖定密碼、指紋或臉部辨識，並開啟 `我的 > 設定 > 帳戶安全 > App 鎖定`。
6. **隨時更新 App 與手機作業系統**，並只從官方應用程式商店下載 OKPay。
7. **電子郵件帳號也要顧好。** 能登入您信箱的人，就能重設您的 OKPay 密碼。

## OKPay 絕不會這樣做

- 向您索取密碼、一次性驗證碼或備用碼。
- 要求您把錢轉到所謂的「安全帳戶」，或請您安裝螢幕分享軟體。
- 用個人的社群媒體帳號與您聯繫。

詳情請參考[如何辨識 OKPay 官方訊息與來電](/zh-hant/faq/security-2fa/recognise-official-okpay-messages/)。

## 發現可疑狀況？

如果您發現非本人進行的付款、陌生的登入紀錄，或冒用 OKPay 名義的訊息：

1. 立即變更密碼，並登出其他所有裝置。
2. [回報可疑活動](/zh-hant/report/)，並提供日期、金額及交易編號。越早通知我們，越有機會攔下款項。
3. 送出後您會取得一組案件編號，可在[進度查詢](/zh-hant/status/)頁面追蹤處理情形。""",
        },
    },
    {
        "slug": "recognise-official-okpay-messages",
        "category": "security-2fa",
        "regions": [],
        "related": ["keep-your-account-safe", "turn-on-two-factor-authentication"],
        "views": 3105,
        "title": {
            "en": "How to recognise real OKPay messages and calls",
            "zh_hans": "如何识别 OKPay 官方消息和来电",
            "zh_hant": "如何辨識 OKPay 官方訊息與來電",
        },
        "summary": {
            "en": "OKPay never asks for your password, one-time codes or backup codes. Check any number, address or link on our “Is it really us?” page before you reply.",
            "zh_hans": "OKPay 绝不会索要您的密码、一次性验证码或备用码。回复之前，请先在“真的是我们吗？”页面核实对方的电话、邮箱或链接。",
            "zh_hant": "OKPay 絕不會向您索取密碼、一次性驗證碼或備用碼。回覆之前，請先到「真的是我們嗎？」頁面查證對方的電話、電子郵件或連結。",
        },
        "keywords": {
            "en": "scam, phishing, fake support, fake call, is this really OKPay, impersonation, code scam, safe account",
            "zh_hans": "诈骗, 钓鱼, 假客服, 冒充客服, 诈骗电话, 是不是官方, 验证码诈骗, 安全账户",
            "zh_hant": "詐騙, 釣魚, 假客服, 冒充客服, 詐騙電話, 是不是官方, 驗證碼詐騙, 安全帳戶",
        },
        "body": {
            "en": """Scammers often pretend to be OKPay support to steal money or take over accounts. They may call, text, e-mail or message you on social media, and they can make a fake number look genuine on caller ID.

## OKPay will never ask you to

- Tell us your **password**, a **one-time code** (SMS or authenticator), your **backup codes** or any **recovery phrase**.
- Move your money to a "safe", "verification" or "holding" account.
- Install a remote-access or screen-sharing app, or share your screen with us.
- Pay a fee to "unfreeze" your account, release a refund or claim a prize.
- Buy gift cards or pay in cryptocurrency.

If anyone asks for one of these, **it is not OKPay**, even if they know your name, your balance or your recent transactions.

## How to check a message

1. **Don't use the contact details in the message.** Don't tap links, call back or reply.
2. Open the OKPay app yourself. Genuine alerts about your account also appear in `Me > Messages`.
3. Check the phone number, e-mail address, website or social-media account on our [Is it really us?](/en/contact/verify/) page. It tells you whether it's an official OKPay channel.
4. If you're still unsure, reach us through the channels listed on [Contact us](/en/contact/).

## Already shared a code or sent money?

Act quickly:

1. Change your password and follow [How to keep your account safe](/en/faq/security-2fa/keep-your-account-safe/).
2. [Report it](/en/report/), including the number, address or link that contacted you. This helps us warn other customers.
3. If you sent money, tell your bank too and, where appropriate, the police.""",
            "zh_hans": """骗子常常冒充 OKPay 客服，企图骗取资金或盗用账户。他们可能通过电话、短信、邮件或社交媒体联系您，甚至能让来电显示看起来像官方号码。

## OKPay 绝不会要求您

- 提供 **密码**、**一次性验证码**（短信或验证器 App）、**备用码** 或任何 **恢复短语**。
- 将资金转入所谓的“安全账户”“验证账户”或“监管账户”。
- 安装远程控制或屏幕共享软件，或与我们共享屏幕。
- 支付费用来“解冻账户”、领取退款或奖品。
- 购买礼品卡或用加密货币付款。

只要对方提出以上任何一项要求，**就一定不是 OKPay**，即使对方能说出您的姓名、余额或最近的交易。

## 如何核实消息真伪

1. **不要使用消息中提供的联系方式。** 不点击链接、不回拨、不回复。
2. 自行打开 OKPay App。与您账户有关的真实通知，也会出现在 `我的 > 消息中心`。
3. 在[“真的是我们吗？”](/zh-hans/contact/verify/)页面查询对方的电话号码、邮箱、网址或社交媒体账号，确认是否为 OKPay 官方渠道。
4. 如仍有疑问，请通过[联系我们](/zh-hans/contact/)页面列出的渠道联系客服。

## 已经泄露验证码或转了钱？

请尽快处理：

1. 立即修改密码，并按照[如何保障账户安全](/zh-hans/faq/security-2fa/keep-your-account-safe/)加固账户。
2. [举报可疑活动](/zh-hans/report/)，并附上联系您的电话号码、邮箱或链接，帮助我们提醒其他用户。
3. 如果已经转账，请同时联系您的银行，必要时向公安机关报案。""",
            "zh_hant": """詐騙集團經常假冒 OKPay 客服，企圖騙取金錢或盜用帳戶。他們可能透過電話、簡訊、電子郵件或社群媒體與您聯繫，甚至能讓來電顯示看起來像官方號碼。

## OKPay 絕不會要求您

- 提供 **密碼**、**一次性驗證碼**（簡訊或驗證器 App）、**備用碼** 或任何 **復原詞組**。
- 把錢轉到所謂的「安全帳戶」、「驗證帳戶」或「監管帳戶」。
- 安裝遠端控制或螢幕分享軟體，或與我們分享螢幕畫面。
- 支付費用來「解除帳戶凍結」、領取退款或獎品。
- 購買禮物卡或以加密貨幣付款。

只要對方提出上述任何一項要求，**就絕對不是 OKPay**，即使對方說得出您的姓名、餘額或近期交易。

## 如何查證訊息真假

1. **不要使用訊息中提供的聯絡方式。** 不點連結、不回撥、不回覆。
2. 自行開啟 OKPay App。與您帳戶有關的正式通知，也會顯示在 `我的 > 訊息中心`。
3. 到[「真的是我們嗎？」](/zh-hant/contact/verify/)頁面查詢對方的電話號碼、電子郵件、網址或社群帳號，確認是否為 OKPay 官方管道。
4. 如果還是不放心，請透過[聯絡我們](/zh-hant/contact/)頁面列出的管道與客服聯繫。

## 已經給出驗證碼或匯了錢？

請盡快處理：

1. 立即變更密碼，並依照[如何保護帳戶安全](/zh-hant/faq/security-2fa/keep-your-account-safe/)加強防護。
2. [回報可疑活動](/zh-hant/report/)，並附上與您聯繫的電話號碼、電子郵件或連結，協助我們提醒其他使用者。
3. 若已經轉帳，請同時聯絡您的銀行，必要時向警方報案。""",
        },
    },
    # ------------------------------------------------------------------
    # Identity verification
    # ------------------------------------------------------------------
    {
        "slug": "verification-levels-and-limits",
        "category": "verification-kyc",
        "regions": [],
        "related": [
            "verification-rejected-how-to-fix",
            "verification-documents-mainland-china",
            "verification-documents-us-uk",
        ],
        "views": 3480,
        "title": {
            "en": "Why we verify your identity, and the limits at each level",
            "zh_hans": "为什么要身份认证？各认证等级的限额",
            "zh_hant": "為什麼要驗證身分？各驗證等級的限額",
        },
        "summary": {
            "en": "The law requires us to verify our customers. Verifying raises your balance, sending and withdrawal limits, and most checks take under 10 minutes.",
            "zh_hans": "依法我们须核实用户身份。完成认证可提高余额、转账和提现限额，大多数审核在 10 分钟内完成。",
            "zh_hant": "依法規我們必須確認使用者身分。完成驗證可提高餘額、轉帳與提領限額，多數審核在 10 分鐘內完成。",
        },
        "keywords": {
            "en": "KYC, verify identity, verification levels, account limits, how long does verification take, raise limit, know your customer",
            "zh_hans": "KYC, 实名认证, 身份认证, 认证等级, 账户限额, 认证要多久, 提高限额",
            "zh_hant": "KYC, 實名驗證, 身分驗證, 驗證等級, 帳戶限額, 驗證要多久, 提高額度",
        },
        "body": {
            "en": """Like every regulated payment provider, OKPay must confirm who its customers are. This is often called KYC ("know your customer"). It stops criminals from using stolen identities to open accounts and launder money, and it protects your account if someone else ever tries to claim it.

## Verification levels and standard limits

| | Unverified | Basic | Full |
| --- | --- | --- | --- |
| What you provide | E-mail and mobile number | Photo ID and a selfie | Basic, plus proof of address |
| Wallet balance | Up to US$200 | Up to US$2,000 | Up to US$20,000 |
| Send money (per month) | Not available | US$1,000 | US$10,000 |
| Withdraw to a bank (per day) | Not available | US$500 | US$5,000 |

Limits are set in your local currency at roughly these amounts. Your own limits, and how much of them you've used, are always shown in `Me > Account limits`.

## Regional differences

- **Mainland China:** real-name verification is required before you can pay, receive or withdraw money. See [Identity verification in mainland China](/en/faq/verification-kyc/verification-documents-mainland-china/).
- **United States and United Kingdom:** you need a local home address, and US customers also give their Social Security number. See [Identity verification in the US and UK](/en/faq/verification-kyc/verification-documents-us-uk/).
- **Hong Kong, Taiwan and Singapore:** the standard levels apply, with limits in HKD, TWD and SGD.

## How to verify, and how long it takes

1. Go to `Me > Verify identity` and choose the level you want.
2. Photograph your ID and take a selfie in the app, and upload proof of address if asked.
3. Most checks finish within **10 minutes**. If we need a manual review it can take up to **2 business days**. We'll notify you either way.

If your verification isn't accepted, see [Why was my identity verification rejected?](/en/faq/verification-kyc/verification-rejected-how-to-fix/). For anything else, [contact us](/en/contact/).""",
            "zh_hans": """与所有受监管的支付机构一样，OKPay 必须核实用户的真实身份，也就是通常所说的 KYC（了解你的客户）。这可以防止不法分子冒用他人身份开户和洗钱，也能在有人试图冒领您的账户时保护您。

## 认证等级与标准限额

| | 未认证 | 基础认证 | 高级认证 |
| --- | --- | --- | --- |
| 需要提供 | 邮箱和手机号 | 带照片的身份证件和自拍照 | 基础认证材料，另加地址证明 |
| 钱包余额上限 | 200 美元 | 2,000 美元 | 20,000 美元 |
| 转账（每月） | 不可用 | 1,000 美元 | 10,000 美元 |
| 提现到银行账户（每日） | 不可用 | 500 美元 | 5,000 美元 |

以上限额会按当地货币设定为大致相当的金额。您的实际限额及已用额度，可随时在 `我的 > 账户限额` 中查看。

## 地区差异

- **中国大陆：** 须完成实名认证后才能付款、收款或提现。详见[中国大陆用户实名认证所需证件](/zh-hans/faq/verification-kyc/verification-documents-mainland-china/)。
- **美国和英国：** 需提供当地居住地址，美国用户还需提供社会安全号码（SSN）。详见[美国和英国用户身份认证所需材料](/zh-hans/faq/verification-kyc/verification-documents-us-uk/)。
- **中国香港、台湾和新加坡：** 适用上述标准等级，限额分别以港币、新台币和新加坡元计算。

## 如何认证，需要多久

1. 进入 `我的 > 身份认证`，选择要完成的认证等级。
2. 在 App 内拍摄证件照片和自拍照，如有要求，再上传地址证明。
3. 大多数审核会在 **10 分钟** 内完成；如需人工审核，最长可能需要 **2 个工作日**。无论结果如何，我们都会通知您。

如果认证未通过，请参阅[身份认证未通过怎么办](/zh-hans/faq/verification-kyc/verification-rejected-how-to-fix/)。其他问题请[联系客服](/zh-hans/contact/)。""",
            "zh_hant": """和所有受監管的支付業者一樣，OKPay 必須確認使用者的真實身分，也就是常說的 KYC（認識客戶）。這能防止不法人士冒用他人身分開戶或洗錢，也能在有人試圖冒領您的帳戶時保護您。

## 驗證等級與標準限額

| | 未驗證 | 基本驗證 | 完整驗證 |
| --- | --- | --- | --- |
| 需提供的資料 | 電子郵件與手機號碼 | 附照片的身分證件及自拍照 | 基本驗證資料，再加上地址證明 |
| 錢包餘額上限 | 200 美元 | 2,000 美元 | 20,000 美元 |
| 轉帳（每月） | 無法使用 | 1,000 美元 | 10,000 美元 |
| 提領至銀行帳戶（每日） | 無法使用 | 500 美元 | 5,000 美元 |

上述限額會依當地貨幣換算為大致相當的金額。您的實際限額與已使用額度，隨時可在 `我的 > 帳戶限額` 中查看。

## 各地區差異

- **中國大陸：** 必須先完成實名驗證，才能付款、收款或提領。詳見[中國大陸使用者實名驗證所需證件](/zh-hant/faq/verification-kyc/verification-documents-mainland-china/)。
- **美國與英國：** 需提供當地居住地址，美國使用者另需提供社會安全號碼（SSN）。詳見[美國與英國使用者身分驗證所需文件](/zh-hant/faq/verification-kyc/verification-documents-us-uk/)。
- **香港、台灣及新加坡：** 適用上述標準等級，限額分別以港幣、新台幣及新加坡幣計算。

## 如何驗證、需要多久

1. 前往 `我的 > 身分驗證`，選擇要完成的驗證等級。
2. 在 App 內拍攝證件照片與自拍照，如有需要再上傳地址證明。
3. 多數審核會在 **10 分鐘** 內完成；若需人工審核，最長可能需要 **2 個工作天**。無論結果如何，我們都會通知您。

如果驗證未通過，請參考[身分驗證未通過怎麼辦](/zh-hant/faq/verification-kyc/verification-rejected-how-to-fix/)。其他問題請[聯絡客服](/zh-hant/contact/)。""",
        },
    },
    {
        "slug": "verification-documents-mainland-china",
        "category": "verification-kyc",
        "regions": ["cn"],
        "related": ["verification-levels-and-limits", "verification-rejected-how-to-fix"],
        "views": 1720,
        "title": {
            "en": "Identity verification in mainland China: documents you need",
            "zh_hans": "中国大陆用户实名认证所需证件",
            "zh_hant": "中國大陸使用者實名驗證所需證件",
        },
        "summary": {
            "en": "In mainland China you must complete real-name verification, usually with your Resident Identity Card, a mobile number registered in your name and a bank card in your name.",
            "zh_hans": "中国大陆用户须完成实名认证，通常需要居民身份证、本人实名登记的手机号以及本人名下的银行卡。",
            "zh_hant": "中國大陸使用者須完成實名驗證，一般需要居民身分證、以本人名義申辦的手機門號，以及本人名下的銀行卡。",
        },
        "keywords": {
            "en": "resident identity card, Chinese ID card, real-name verification, mainland China, travel permit, bank card, face recognition",
            "zh_hans": "身份证, 居民身份证, 实名认证, 人脸识别, 港澳通行证, 台胞证, 绑定银行卡",
            "zh_hant": "身分證, 居民身分證, 實名驗證, 臉部辨識, 回鄉證, 台胞證, 綁定銀行卡",
        },
        "body": {
            "en": """Under mainland China's real-name rules for payment accounts, you need to complete identity verification before you can pay, receive or withdraw money with OKPay. You must be 18 or over.

## Documents we accept

- **Resident Identity Card** (second-generation ID card), for mainland Chinese citizens. This is the quickest option.
- **Mainland Travel Permit for Hong Kong and Macao Residents** or **Mainland Travel Permit for Taiwan Residents**.
- **Foreign Permanent Resident ID Card**, or a **passport** with a valid Chinese visa or residence permit, for foreign nationals.

The document must be the original, genuine and in date. Photocopies, screenshots and temporary identity certificates aren't accepted.

## What else you need

- A mobile number registered under your own name.
- A debit card from a mainland Chinese bank in your own name, for withdrawals. The name on the card must match your ID exactly.

## Verify your identity

1. Go to `Me > Verify identity` and choose **Resident Identity Card** (or your document type).
2. Photograph the **photo side** and the **national emblem side** of the card on a plain, dark surface, with all four corners visible and no glare.
3. Complete the face check by following the on-screen prompts to blink or turn your head.
4. Link your bank card and confirm with the code your bank sends by SMS.

Most checks finish within 10 minutes, and we'll send the result as an app notification.

**Keep your ID details to yourself.** OKPay will never ask you to send photos of your ID card by chat, WeChat or e-mail, and will never ask you to "verify" by transferring money. If someone does, [report it](/en/report/).

If your verification is rejected, see [Why was my identity verification rejected?](/en/faq/verification-kyc/verification-rejected-how-to-fix/) or [contact us](/en/contact/).""",
            "zh_hans": """根据中国大陆支付账户实名制管理规定，使用 OKPay 付款、收款或提现前，须先完成实名认证。您必须年满 18 周岁。

## 可用的证件

- **居民身份证**（第二代身份证）：适用于中国大陆居民，认证速度最快。
- **港澳居民来往内地通行证** 或 **台湾居民来往大陆通行证**。
- **外国人永久居留身份证**，或持有效中国签证、居留许可的 **护照**：适用于外籍人士。

证件须为原件、真实有效且在有效期内。复印件、截图和临时身份证明均不予受理。

## 还需要准备

- 一个以本人身份实名登记的手机号。
- 一张本人名下的中国大陆银行借记卡，用于提现。银行卡户名须与证件姓名完全一致。

## 认证步骤

1. 进入 `我的 > 身份认证`，选择 **居民身份证**（或您的证件类型）。
2. 将身份证放在纯色深色背景上，分别拍摄 **人像面** 和 **国徽面**，确保四角完整、没有反光。
3. 按屏幕提示眨眼或转头，完成人脸识别。
4. 绑定银行卡，并输入银行发送的短信验证码确认。

大多数审核会在 10 分钟内完成，结果将通过 App 通知发送给您。

**保护好您的身份证信息。** OKPay 绝不会要求您通过在线客服、微信或邮件发送身份证照片，也不会要求您通过转账来“验证身份”。遇到此类情况，请[举报](/zh-hans/report/)。

如认证未通过，请参阅[身份认证未通过怎么办](/zh-hans/faq/verification-kyc/verification-rejected-how-to-fix/)，或[联系客服](/zh-hans/contact/)。""",
            "zh_hant": """依照中國大陸支付帳戶實名制的相關規定，使用 OKPay 付款、收款或提領前，必須先完成實名驗證，且須年滿 18 歲。

## 可使用的證件

- **居民身分證**（第二代身分證）：適用於中國大陸居民，驗證速度最快。
- **港澳居民來往內地通行證**（回鄉證）或 **台灣居民來往大陸通行證**（台胞證）。
- **外國人永久居留身分證**，或持有效中國簽證、居留許可的 **護照**：適用於外籍人士。

證件須為正本，且真實有效、尚未過期。影本、螢幕截圖及臨時身分證明恕不受理。

## 另外需要準備

- 一個以本人名義申辦的手機門號。
- 一張本人名下的中國大陸銀行金融卡（借記卡），用於提領。卡片戶名須與證件姓名完全相同。

## 驗證步驟

1. 前往 `我的 > 身分驗證`，選擇 **居民身分證**（或您的證件類型）。
2. 將身分證放在素色、深色的平面上，分別拍攝 **人像面** 與 **國徽面**，確認四個角完整入鏡且沒有反光。
3. 依照畫面指示眨眼或轉頭，完成臉部辨識。
4. 綁定銀行卡，並輸入銀行以簡訊傳送的驗證碼確認。

多數審核會在 10 分鐘內完成，結果會以 App 通知告訴您。

**請保護好您的身分證資料。** OKPay 絕不會要求您透過線上客服、微信或電子郵件傳送身分證照片，也不會要求您以轉帳方式「驗證身分」。遇到這類情況，請[回報](/zh-hant/report/)。

若驗證未通過，請參考[身分驗證未通過怎麼辦](/zh-hant/faq/verification-kyc/verification-rejected-how-to-fix/)，或[聯絡客服](/zh-hant/contact/)。""",
        },
    },
    {
        "slug": "verification-documents-us-uk",
        "category": "verification-kyc",
        "regions": ["us", "gb"],
        "related": ["verification-levels-and-limits", "verification-rejected-how-to-fix"],
        "views": 640,
        "title": {
            "en": "Identity verification in the US and UK: documents you need",
            "zh_hans": "美国和英国用户身份认证所需材料",
            "zh_hant": "美國與英國使用者身分驗證所需文件",
        },
        "summary": {
            "en": "US customers need photo ID and their SSN or ITIN; UK customers need photo ID. Full verification in both countries also needs proof of address from the last 3 months.",
            "zh_hans": "美国用户需提供带照片的证件及 SSN 或 ITIN；英国用户需提供带照片的证件。两国的高级认证还需提供最近 3 个月内的地址证明。",
            "zh_hant": "美國使用者需提供附照片證件及 SSN 或 ITIN；英國使用者需提供附照片證件。兩國的完整驗證都還需要最近 3 個月內的地址證明。",
        },
        "keywords": {
            "en": "driver's license, driving licence, passport, SSN, social security number, proof of address, utility bill, council tax",
            "zh_hans": "驾照, 护照, 社会安全号码, SSN, 地址证明, 水电账单, 市政税",
            "zh_hant": "駕照, 護照, 社會安全號碼, SSN, 地址證明, 水電帳單, 市政稅",
        },
        "body": {
            "en": """If you live in the United States or the United Kingdom, here's what you need for Basic and Full verification. You must be 18 or over and live at the address you give us.

## Documents by country

| | United States | United Kingdom |
| --- | --- | --- |
| Photo ID (Basic) | US passport, state driver's license or state ID card | Passport (any nationality), UK photocard driving licence, or EEA national identity card |
| Also needed for Basic | Your Social Security number (SSN) or ITIN, required by US law | Nothing else: we check your details with a credit reference agency (a "soft search" that doesn't affect your credit score) |
| Proof of address (Full) | Utility bill, bank or credit card statement, lease agreement, or a letter from a government agency | Utility bill, bank or building society statement, this year's council tax bill, or a letter from HMRC or the DWP |

## Proof of address rules

- Dated within the last **3 months** (council tax bills: the current year).
- Shows your full name and the same address you entered in the app.
- A whole page, as a PDF or photo, not cropped. Screenshots from a banking app are accepted only if they show your name, your address and the bank's name.
- Mobile phone bills and handwritten letters aren't accepted.

## Why we ask for your SSN

US law requires us to collect a taxpayer identification number when you open an account. We use it only to confirm your identity: it isn't shared with merchants and doesn't affect your credit score.

## Verify now

1. Go to `Me > Verify identity`.
2. Choose your document, photograph it in the app and take a selfie.
3. For Full verification, upload your proof of address.

Most checks take under 10 minutes; manual reviews take up to 2 business days. See the [limits at each level](/en/faq/verification-kyc/verification-levels-and-limits/). If something goes wrong, [contact us](/en/contact/).

**We'll never ask for your SSN by phone, text or e-mail.**""",
            "zh_hans": """如果您居住在美国或英国，完成基础认证和高级认证需要准备以下材料。您须年满 18 周岁，并实际居住在所填写的地址。

## 各国所需材料

| | 美国 | 英国 |
| --- | --- | --- |
| 带照片的身份证件（基础认证） | 美国护照、州驾照或州身份证 | 任意国籍的护照、英国带照片驾照，或欧洲经济区国家身份证 |
| 基础认证的其他要求 | 社会安全号码（SSN）或个人纳税识别号（ITIN），为美国法律要求 | 无需其他材料：我们会通过征信机构核对您的信息（属于“软查询”，不影响信用评分） |
| 地址证明（高级认证） | 水电燃气账单、银行或信用卡对账单、租房合同，或政府机构信函 | 水电燃气账单、银行或房屋互助协会对账单、本年度市政税账单，或英国税务海关总署（HMRC）、就业及养老金部（DWP）的信函 |

## 地址证明要求

- 日期须在最近 **3 个月** 内（市政税账单须为本年度）。
- 须显示您的全名，且地址与您在 App 中填写的一致。
- 须为完整页面的 PDF 或照片，不可裁剪。网上银行 App 截图须显示您的姓名、地址和银行名称才会被接受。
- 手机话费账单和手写信件不予受理。

## 为什么需要提供 SSN

美国法律要求我们在您开户时收集纳税识别号码。我们只将其用于核实您的身份，不会提供给商家，也不会影响您的信用评分。

## 立即认证

1. 进入 `我的 > 身份认证`。
2. 选择证件类型，在 App 内拍摄证件照片并自拍。
3. 如需高级认证，请上传地址证明。

大多数审核在 10 分钟内完成，人工审核最长需要 2 个工作日。各等级的限额请参阅[认证等级与限额](/zh-hans/faq/verification-kyc/verification-levels-and-limits/)。如遇问题，请[联系客服](/zh-hans/contact/)。

**我们绝不会通过电话、短信或邮件索要您的 SSN。**""",
            "zh_hant": """如果您居住在美國或英國，完成基本驗證與完整驗證需要準備以下文件。您必須年滿 18 歲，且實際居住於您填寫的地址。

## 各國所需文件

| | 美國 | 英國 |
| --- | --- | --- |
| 附照片的身分證件（基本驗證） | 美國護照、州駕照或州身分證 | 任何國籍的護照、英國附照片駕照，或歐洲經濟區國家身分證 |
| 基本驗證的其他要求 | 社會安全號碼（SSN）或個人納稅識別號碼（ITIN），此為美國法規要求 | 不需其他文件：我們會透過信用評等機構核對您的資料（屬於「軟查詢」，不影響信用評分） |
| 地址證明（完整驗證） | 水電瓦斯帳單、銀行或信用卡對帳單、租約，或政府機關信函 | 水電瓦斯帳單、銀行或房屋互助協會對帳單、當年度市政稅帳單，或英國稅務海關總署（HMRC）、工作與年金部（DWP）的信函 |

## 地址證明的規定

- 日期須在最近 **3 個月** 內（市政稅帳單須為當年度）。
- 須顯示您的全名，且地址與您在 App 中填寫的相同。
- 須為完整頁面的 PDF 或照片，不可裁切。網路銀行 App 的截圖須清楚顯示您的姓名、地址及銀行名稱才會受理。
- 手機帳單與手寫信件恕不受理。

## 為什麼需要提供 SSN

美國法規要求我們在您開戶時收集納稅識別號碼。我們只會用它來確認您的身分，不會提供給商家，也不會影響您的信用評分。

## 立即驗證

1. 前往 `我的 > 身分驗證`。
2. 選擇證件類型，在 App 內拍攝證件並自拍。
3. 若要完成完整驗證，請上傳地址證明。

多數審核在 10 分鐘內完成，人工審核最長需要 2 個工作天。各等級的限額請參考[驗證等級與限額](/zh-hant/faq/verification-kyc/verification-levels-and-limits/)。如遇到問題，請[聯絡客服](/zh-hant/contact/)。

**我們絕不會透過電話、簡訊或電子郵件索取您的 SSN。**""",
        },
    },
    {
        "slug": "verification-rejected-how-to-fix",
        "category": "verification-kyc",
        "regions": [],
        "related": ["verification-levels-and-limits", "update-personal-details"],
        "views": 2045,
        "title": {
            "en": "Why was my identity verification rejected?",
            "zh_hans": "身份认证未通过怎么办",
            "zh_hant": "身分驗證未通過怎麼辦",
        },
        "summary": {
            "en": "Most rejections come from blurry photos, cut-off edges, expired documents or details that don't match. Fix the issue shown in the app and try again.",
            "zh_hans": "认证未通过，多数是因为照片模糊、证件拍摄不完整、证件过期或信息不一致。按 App 提示的原因调整后重新提交即可。",
            "zh_hant": "驗證未通過，多半是照片模糊、證件拍攝不完整、證件過期或資料不符。依照 App 顯示的原因調整後重新送出即可。",
        },
        "keywords": {
            "en": "verification rejected, verification failed, KYC failed, ID not accepted, selfie failed, blurry photo, try again",
            "zh_hans": "认证失败, 认证未通过, 实名认证失败, 证件无法识别, 人脸识别失败, 照片模糊, 重新认证",
            "zh_hant": "驗證失敗, 驗證未通過, 實名驗證失敗, 證件無法辨識, 臉部辨識失敗, 照片模糊, 重新驗證",
        },
        "body": {
            "en": """If we couldn't verify your identity, the app shows the main reason under `Me > Verify identity`. Most rejections are caused by the photo, not by you, and are fixed by trying again.

## Common reasons and how to fix them

| Reason shown | What to do |
| --- | --- |
| Photo is blurry or has glare | Retake it in good light with the flash off, on a plain dark surface, and hold still. |
| Part of the document is missing | Keep all four corners and edges in the frame, and don't cover anything with your fingers. |
| Document has expired | Use another, valid document. We can't accept expired ID, even by a few days. |
| Name or date of birth doesn't match | Check that `Me > Personal details` matches your ID exactly, including middle names. |
| Selfie doesn't match the ID | Remove glasses, hats and masks, face the camera in even light, and follow the prompts. |
| Document type not accepted | Choose one of the documents the app lists for your region. |
| Proof of address too old or in another name | Upload a document from the last 3 months that shows your name and address. |

## Try again

1. Go to `Me > Verify identity` and tap **Try again**.
2. Fix the problem using the tips above.
3. Submit. Most checks finish in under 10 minutes.

**You can try 3 times in 24 hours.** After that, your next attempt is checked by our team, which takes up to 2 business days.

**Don't use someone else's documents or edit your photos.** That is identity fraud: we'll close the account and may have to report it.

## If this didn't help

If the reason doesn't make sense, or no reason is given, [contact us](/en/contact/). For compliance reasons we can't always share the exact reason, but we'll tell you whether you can try again. If you disagree with the decision, you can make a complaint through the [feedback form](/en/feedback/).""",
            "zh_hans": """如果身份认证未通过，App 会在 `我的 > 身份认证` 中显示主要原因。大多数情况下问题出在照片上，而不是您本人，重新提交即可解决。

## 常见原因及解决方法

| 显示的原因 | 解决方法 |
| --- | --- |
| 照片模糊或反光 | 在光线充足处关闭闪光灯重拍，将证件放在纯色深色背景上，并保持手机稳定。 |
| 证件不完整 | 确保证件四角和边缘都在取景框内，手指不要遮挡任何信息。 |
| 证件已过期 | 请改用其他有效证件。证件即使只过期几天也无法受理。 |
| 姓名或出生日期不一致 | 检查 `我的 > 个人信息` 中的信息是否与证件完全一致，包括中间名。 |
| 自拍与证件照不符 | 摘下眼镜、帽子和口罩，在均匀光线下正对镜头，按提示操作。 |
| 证件类型不支持 | 请从 App 为您所在地区列出的证件中选择。 |
| 地址证明过旧或姓名不符 | 上传最近 3 个月内、显示您姓名和地址的文件。 |

## 重新提交

1. 进入 `我的 > 身份认证`，点击 **重新认证**。
2. 参照上表，针对未通过的原因进行调整。
3. 提交后，大多数审核会在 10 分钟内完成。

**24 小时内最多可提交 3 次。** 之后再次提交将转为人工审核，最长需要 2 个工作日。

**请勿使用他人证件或修改照片。** 这属于冒用身份，我们将关闭相关账户，并可能依法上报。

## 仍未解决？

如果提示的原因与实际情况不符，或没有说明原因，请[联系客服](/zh-hans/contact/)。出于合规要求，我们未必能告知具体原因，但会告诉您是否可以再次提交。如对结果有异议，也可以通过[意见反馈](/zh-hans/feedback/)提出投诉。""",
            "zh_hant": """如果身分驗證未通過，App 會在 `我的 > 身分驗證` 中顯示主要原因。多數情況是照片的問題，而不是您本人的問題，重新送出通常就能解決。

## 常見原因與處理方式

| 顯示的原因 | 處理方式 |
| --- | --- |
| 照片模糊或反光 | 在光線充足的地方關閉閃光燈重拍，把證件放在素色、深色的平面上，並把手機拿穩。 |
| 證件拍攝不完整 | 確認證件四個角與邊緣都在框內，手指不要遮住任何資料。 |
| 證件已過期 | 請改用其他有效證件。即使只過期幾天也無法受理。 |
| 姓名或出生日期不符 | 檢查 `我的 > 個人資料` 中的資料是否與證件完全相同，包括中間名。 |
| 自拍照與證件照片不符 | 摘下眼鏡、帽子與口罩，在光線均勻處正對鏡頭，並依照指示操作。 |
| 不支援此證件類型 | 請從 App 列出的您所在地區可用證件中選擇。 |
| 地址證明過舊或姓名不符 | 上傳最近 3 個月內、顯示您姓名與地址的文件。 |

## 重新送出

1. 前往 `我的 > 身分驗證`，點選 **重新驗證**。
2. 參考上表，針對未通過的原因調整。
3. 送出後，多數審核會在 10 分鐘內完成。

**24 小時內最多可送出 3 次。** 之後再送出的申請將改由專人審核，最長需要 2 個工作天。

**請勿使用他人證件或修改照片。** 這屬於冒用身分，我們將關閉相關帳戶，並可能依法通報。

## 仍無法解決？

如果顯示的原因與實際情況不符，或沒有說明原因，請[聯絡客服](/zh-hant/contact/)。基於法規要求，我們不一定能告知具體原因，但會告訴您是否可以再次送出。若對結果有異議，也可以透過[意見回饋](/zh-hant/feedback/)提出申訴。""",
        },
    },
    # ------------------------------------------------------------------
    # App and troubleshooting
    # ------------------------------------------------------------------
    {
        "slug": "app-crashes-or-wont-open",
        "category": "app-troubleshooting",
        "regions": [],
        "related": ["supported-devices-and-versions", "not-receiving-sms-or-email-codes"],
        "views": 1290,
        "title": {
            "en": "The app crashes or won't open",
            "zh_hans": "App 闪退或打不开",
            "zh_hant": "App 當機或無法開啟",
        },
        "summary": {
            "en": "Restart the app and your phone, check your connection, update the app and clear its cache. Your money is safe in your account even if you reinstall.",
            "zh_hans": "依次尝试重启 App 和手机、检查网络、更新 App 并清除缓存。即使重新安装，账户里的资金也不受影响。",
            "zh_hant": "依序嘗試重新啟動 App 與手機、檢查網路、更新 App 並清除快取。就算重新安裝，帳戶裡的資金也不受影響。",
        },
        "keywords": {
            "en": "app crash, app won't open, app keeps closing, frozen, stuck loading, clear cache, update app, reinstall",
            "zh_hans": "闪退, 打不开, 自动退出, 卡住, 一直加载, 清除缓存, 更新App, 重新安装",
            "zh_hant": "閃退, 當機, 打不開, 自動關閉, 卡住, 一直載入, 清除快取, 更新App, 重新安裝",
        },
        "body": {
            "en": """If the OKPay app closes by itself, freezes on the loading screen or won't open at all, work through these steps in order. Your money is held in your account, not in the app, so nothing is lost if you reinstall. If many customers are affected at once, you'll see a service notice at the top of this help centre's home page.

## Quick fixes

1. **Force close the app and open it again.** On iPhone, swipe up from the bottom of the screen and swipe OKPay away; on Android, open your recent apps and swipe it away.
2. **Restart your phone.**
3. **Check your connection.** Switch between Wi-Fi and mobile data, and turn off any VPN or ad blocker, which can stop the app reaching our servers.
4. **Update the app** from the App Store, Google Play, Huawei AppGallery or wherever you installed it. Old versions stop working once they're no longer supported.
5. **Free up space.** The app needs at least 500 MB of free storage to run smoothly.

## Clear the cache

- **Android:** `Settings > Apps > OKPay > Storage > Clear cache`. Don't tap **Clear data** unless you're ready to sign in again.
- **iPhone:** iOS has no cache button. In OKPay, go to `Me > Settings > Clear cache`, or delete and reinstall the app.
- **HarmonyOS:** `Settings > Apps & services > App management > OKPay > Storage > Clear cache`.

## Reinstall

Delete the app, restart your phone and install OKPay again **from an official app store only**. You'll need your password and your 2FA method to sign in, so make sure you have them first.

## If this didn't help

Check your phone is on the [supported list](/en/faq/app-troubleshooting/supported-devices-and-versions/). If it is and the app still crashes, [tell us](/en/feedback/) your phone model, system version, app version (`Me > About`) and what you were doing when it crashed. If you urgently need to pay, [contact us](/en/contact/), or use OKPay in a web browser in the meantime.""",
            "zh_hans": """如果 OKPay App 自动闪退、卡在加载页面或完全打不开，请按以下顺序逐一排查。您的资金保存在账户中，而不是 App 里，即使重新安装也不会有任何损失。如果大量用户同时受到影响，帮助中心首页顶部会显示服务公告。

## 快速排查

1. **强制关闭 App 后重新打开。** iPhone 从屏幕底部上滑，将 OKPay 划掉；安卓手机打开最近任务，将其划掉。
2. **重启手机。**
3. **检查网络连接。** 在 Wi-Fi 和移动数据之间切换，并关闭 VPN 或广告拦截工具，它们可能导致 App 无法连接服务器。
4. **更新 App。** 前往 App Store、Google Play、华为应用市场或您当初下载 App 的应用商店更新。旧版本停止支持后将无法使用。
5. **清理存储空间。** App 需要至少 500 MB 的可用空间才能流畅运行。

## 清除缓存

- **安卓：** `设置 > 应用 > OKPay > 存储 > 清除缓存`。除非您准备好重新登录，否则不要点击 **清除数据**。
- **iPhone：** iOS 没有清除缓存的按钮。可在 OKPay 中进入 `我的 > 设置 > 清除缓存`，或删除后重新安装 App。
- **鸿蒙（HarmonyOS）：** `设置 > 应用和服务 > 应用管理 > OKPay > 存储 > 清空缓存`。

## 重新安装

删除 App，重启手机，然后 **仅从官方应用商店** 重新安装 OKPay。重新登录时需要密码和双重验证，请先确认这些都能正常使用。

## 仍未解决？

请确认您的手机在[支持的设备](/zh-hans/faq/app-troubleshooting/supported-devices-and-versions/)范围内。如果在支持范围内仍然闪退，请通过[意见反馈](/zh-hans/feedback/)告诉我们您的手机型号、系统版本、App 版本（`我的 > 关于`）以及闪退时正在进行的操作。如需紧急付款，请[联系客服](/zh-hans/contact/)，也可以先在浏览器中使用 OKPay 网页版。""",
            "zh_hant": """如果 OKPay App 會自動關閉、卡在載入畫面，或完全無法開啟，請依照以下順序逐一排除。您的資金存放在帳戶中，而不是 App 裡，就算重新安裝也不會有任何損失。如果大量使用者同時受到影響，說明中心首頁上方會顯示服務公告。

## 快速排除

1. **強制關閉 App 後重新開啟。** iPhone 請從螢幕底部往上滑，把 OKPay 滑掉；Android 手機請開啟最近使用的應用程式，將它滑掉。
2. **重新啟動手機。**
3. **檢查網路連線。** 切換 Wi-Fi 與行動數據，並關閉 VPN 或廣告封鎖工具，這些可能會讓 App 連不上伺服器。
4. **更新 App。** 到 App Store、Google Play、華為應用市場（AppGallery）或您當初下載的商店更新。舊版本停止支援後就無法使用。
5. **釋放儲存空間。** App 需要至少 500 MB 的可用空間才能順暢執行。

## 清除快取

- **Android：** `設定 > 應用程式 > OKPay > 儲存空間 > 清除快取`。除非您已準備好重新登入，否則請勿點選 **清除資料**。
- **iPhone：** iOS 沒有清除快取的按鈕。可在 OKPay 中前往 `我的 > 設定 > 清除快取`，或刪除後重新安裝 App。
- **HarmonyOS：** `設定 > 應用程式和服務 > 應用程式管理 > OKPay > 儲存空間 > 清除快取`。

## 重新安裝

刪除 App、重新啟動手機，再 **只從官方應用程式商店** 重新安裝 OKPay。重新登入時需要密碼與雙重驗證，請先確認這些都能使用。

## 仍無法解決？

請確認您的手機在[支援的裝置](/zh-hant/faq/app-troubleshooting/supported-devices-and-versions/)範圍內。若符合支援條件卻仍然當機，請透過[意見回饋](/zh-hant/feedback/)告訴我們手機型號、作業系統版本、App 版本（`我的 > 關於`），以及當機時正在進行的操作。若急需付款，請[聯絡客服](/zh-hant/contact/)，或先用瀏覽器登入 OKPay 網站。""",
        },
    },
    {
        "slug": "not-receiving-sms-or-email-codes",
        "category": "app-troubleshooting",
        "regions": [],
        "related": [
            "turn-on-two-factor-authentication",
            "reset-forgotten-password",
            "recognise-official-okpay-messages",
        ],
        "views": 3870,
        "title": {
            "en": "Not receiving SMS codes, e-mails or notifications",
            "zh_hans": "收不到短信验证码、邮件或通知",
            "zh_hant": "收不到簡訊驗證碼、電子郵件或通知",
        },
        "summary": {
            "en": "Codes usually arrive within a minute. Check your signal, spam folder and number, wait 60 seconds before resending, and use the latest code: it's valid for 5 minutes.",
            "zh_hans": "验证码通常 1 分钟内送达。请检查信号、垃圾邮件文件夹和手机号，等待 60 秒再重新发送，并使用最新的验证码（5 分钟内有效）。",
            "zh_hant": "驗證碼通常 1 分鐘內就會送達。請檢查訊號、垃圾郵件匣與手機號碼，等 60 秒再重新傳送，並使用最新一組驗證碼（5 分鐘內有效）。",
        },
        "keywords": {
            "en": "no SMS, code not received, verification code, didn't get email, OTP, notifications not working, resend code",
            "zh_hans": "收不到验证码, 短信验证码, 没收到短信, 收不到邮件, 通知, 推送, 重新发送",
            "zh_hant": "收不到驗證碼, 簡訊驗證碼, 沒收到簡訊, 收不到信, 通知, 推播, 重新傳送",
        },
        "body": {
            "en": """Codes from OKPay usually arrive within a minute. If yours hasn't, the cause is usually phone signal, a spam filter or a typo in your number or address.

## Not getting SMS codes

1. **Wait 60 seconds** before tapping **Resend**. Each new code cancels the previous one, so always use the latest.
2. Check that the number on screen is right, including the country code.
3. Check you have signal: turn airplane mode on and off, or restart your phone.
4. Check your phone's SMS blocking or spam settings, and any security app that filters texts from unknown senders.
5. Abroad? Make sure roaming is on. Some networks don't deliver texts from overseas senders; tap **Call me instead** to hear the code in an automated call.

## Not getting e-mails

1. Look in your spam or junk folder, and in any "Promotions" or "Updates" tab.
2. Check the address is spelt correctly in `Me > Settings > Sign-in details`.
3. Add the address our e-mails come from to your contacts or safe senders. Not sure an address is ours? Check it on the [Is it really us?](/en/contact/verify/) page.

## Not getting app notifications

- Allow notifications for OKPay in your phone's settings and in `Me > Settings > Notifications`.
- Turn off battery-saving restrictions for OKPay and let it run in the background. Otherwise many Android and HarmonyOS phones block notifications once the app is closed.
- Sign out and back in to refresh notifications.

## Limits

You can request up to **5 codes an hour**, and each code expires after **5 minutes**. If you reach the limit, wait an hour and try again.

**Never share a code with anyone, including someone who says they're from OKPay.** A code you didn't ask for may mean someone is trying to sign in as you: change your password.

## If this didn't help

Switch to an authenticator app so you don't rely on SMS: see [Turn on two-factor authentication (2FA)](/en/faq/security-2fa/turn-on-two-factor-authentication/). If you're locked out, [contact us](/en/contact/).""",
            "zh_hans": """OKPay 的验证码通常会在 1 分钟内送达。如果迟迟没有收到，一般是手机信号、垃圾信息拦截，或手机号、邮箱填写有误造成的。

## 收不到短信验证码

1. 等待 **60 秒** 后再点击 **重新发送**。每次重新发送都会使之前的验证码失效，请以最新一条为准。
2. 确认页面上显示的手机号正确，包括国家或地区代码。
3. 确认手机信号正常：可以开关一次飞行模式，或重启手机。
4. 检查手机的短信拦截、骚扰拦截设置，以及手机管家等安全软件是否拦截了陌生号码的短信。
5. 身在境外？请确认已开通国际漫游。部分运营商可能收不到境外号码发送的短信，此时可点击 **改为语音电话**，通过自动语音电话接收验证码。

## 收不到邮件

1. 查看垃圾邮件文件夹，以及“订阅邮件”“广告邮件”等分类。
2. 在 `我的 > 设置 > 登录信息` 中确认邮箱地址拼写正确。
3. 将我们的发件地址加入通讯录或白名单。不确定某个地址是否属于 OKPay？可以在[“真的是我们吗？”](/zh-hans/contact/verify/)页面查询。

## 收不到 App 通知

- 在手机设置中允许 OKPay 发送通知，并在 `我的 > 设置 > 通知` 中确认已开启。
- 关闭对 OKPay 的省电限制，允许其在后台运行。否则许多安卓和鸿蒙手机会在 App 关闭后拦截通知。
- 退出登录后重新登录，以刷新通知设置。

## 发送限制

每小时最多可获取 **5 次** 验证码，每个验证码 **5 分钟** 内有效。达到上限后，请等待 1 小时再试。

**不要把验证码告诉任何人，包括自称 OKPay 工作人员的人。** 如果收到并非您本人申请的验证码，可能有人正在尝试登录您的账户，请立即修改密码。

## 仍未解决？

建议改用身份验证器 App，不再依赖短信，详见[开启双重验证（2FA）](/zh-hans/faq/security-2fa/turn-on-two-factor-authentication/)。如果已无法登录，请[联系客服](/zh-hans/contact/)。""",
            "zh_hant": """OKPay 的驗證碼通常在 1 分鐘內就會送達。如果一直沒收到，多半是手機訊號、垃圾訊息過濾，或是手機號碼、電子郵件地址輸入錯誤所造成。

## 收不到簡訊驗證碼

1. 請等候 **60 秒** 再點選 **重新傳送**。每次重新傳送都會讓先前的驗證碼失效，請以最新一則為準。
2. 確認畫面上顯示的手機號碼正確，包括國碼。
3. 確認手機收訊正常：可以開關一次飛航模式，或重新啟動手機。
4. 檢查手機的簡訊封鎖或垃圾訊息過濾設定，以及是否有防毒、防詐 App 擋下了陌生號碼的簡訊。
5. 人在國外？請確認已開通國際漫遊。部分電信業者可能收不到海外號碼發送的簡訊，這時可點選 **改用語音電話**，以自動語音來電接收驗證碼。

## 收不到電子郵件

1. 檢查垃圾郵件匣，以及「促銷內容」、「最新快訊」等分頁。
2. 到 `我的 > 設定 > 登入資訊` 確認電子郵件地址拼寫正確。
3. 將我們的寄件地址加入聯絡人或安全寄件者清單。不確定某個地址是不是 OKPay 的？可以到[「真的是我們嗎？」](/zh-hant/contact/verify/)頁面查詢。

## 收不到 App 通知

- 在手機設定中允許 OKPay 傳送通知，並到 `我的 > 設定 > 通知` 確認已開啟。
- 關閉 OKPay 的省電限制，允許它在背景執行。否則許多 Android 與 HarmonyOS 手機會在 App 關閉後擋下通知。
- 登出後再重新登入，以重新整理通知設定。

## 傳送次數限制

每小時最多可取得 **5 次** 驗證碼，每組驗證碼 **5 分鐘** 內有效。達到上限後，請等候 1 小時再試。

**請勿將驗證碼告訴任何人，包括自稱 OKPay 員工的人。** 如果收到並非您本人申請的驗證碼，可能有人正試圖登入您的帳戶，請立即變更密碼。

## 仍無法解決？

建議改用驗證器應用程式，不必再依賴簡訊，詳見[啟用雙重驗證（2FA）](/zh-hant/faq/security-2fa/turn-on-two-factor-authentication/)。若已無法登入，請[聯絡客服](/zh-hant/contact/)。""",
        },
    },
    {
        "slug": "supported-devices-and-versions",
        "category": "app-troubleshooting",
        "regions": [],
        "related": ["app-crashes-or-wont-open"],
        "views": 415,
        "title": {
            "en": "Supported phones, systems and browsers",
            "zh_hans": "支持的手机、系统和浏览器",
            "zh_hant": "支援的手機、作業系統與瀏覽器",
        },
        "summary": {
            "en": "OKPay runs on iOS 16, Android 10 and HarmonyOS 4 or later, and in the latest two versions of major web browsers. Rooted or jailbroken devices aren't supported.",
            "zh_hans": "OKPay 支持 iOS 16、Android 10、HarmonyOS 4 及以上版本，以及主流浏览器的最新两个版本，不支持已 Root 或越狱的设备。",
            "zh_hant": "OKPay 支援 iOS 16、Android 10、HarmonyOS 4 以上版本，以及主流瀏覽器的最新兩個版本，不支援已 Root 或越獄的裝置。",
        },
        "keywords": {
            "en": "supported devices, iOS version, Android version, HarmonyOS, old phone, browser, jailbreak, root, download app",
            "zh_hans": "支持的设备, iOS版本, 安卓版本, 鸿蒙, 旧手机, 浏览器, 越狱, Root, 下载App",
            "zh_hant": "支援的裝置, iOS版本, Android版本, 鴻蒙, 舊手機, 瀏覽器, 越獄, Root, 下載App",
        },
        "body": {
            "en": """To keep your account secure, the OKPay app runs only on systems that still receive security updates. Before we stop supporting a version, we'll tell you in the app at least 30 days in advance.

## Supported systems

| Platform | Minimum version | Where to get OKPay |
| --- | --- | --- |
| iPhone and iPad | iOS / iPadOS 16 | App Store |
| Android phones and tablets | Android 10 | Google Play, or the major Android app stores in mainland China |
| Huawei devices | HarmonyOS 4 | Huawei AppGallery |
| Web browser | Latest two versions of Chrome, Safari, Edge or Firefox | Sign in on the OKPay website |

To find your version on iPhone, go to `Settings > General > About`; on Android, `Settings > About phone`.

## Not supported

- **Rooted or jailbroken devices.** Their security protections are switched off, so the app won't open on them.
- **Emulators** and modified versions of the app.
- **Smartwatches** can show payment notifications but can't run the full app.

## Only install the official app

Download OKPay only from the stores listed above. Apps from links in messages, "update" files someone sends you, or APK files from websites may be fake and can steal your details. **We never send the app as a file by chat, SMS or e-mail.**

## My device isn't supported

- Check for a system update in your phone's settings: many older phones can update to a supported version.
- Meanwhile, you can sign in to the same account on the OKPay website in a supported browser.
- If your phone is supported but the app still won't install or open, see [The app crashes or won't open](/en/faq/app-troubleshooting/app-crashes-or-wont-open/) or [contact us](/en/contact/).""",
            "zh_hans": """为保障账户安全，OKPay App 只支持仍在接收安全更新的系统。某个系统版本停止支持前，我们会至少提前 30 天在 App 内通知您。

## 支持的系统

| 平台 | 最低版本 | 下载渠道 |
| --- | --- | --- |
| iPhone 和 iPad | iOS / iPadOS 16 | App Store |
| 安卓手机和平板 | Android 10 | Google Play，或中国大陆主流安卓应用商店 |
| 华为设备 | HarmonyOS 4 | 华为应用市场 |
| 网页浏览器 | Chrome、Safari、Edge 或 Firefox 的最新两个版本 | 在 OKPay 网页版登录 |

查看系统版本：iPhone 在 `设置 > 通用 > 关于本机`，安卓手机在 `设置 > 关于手机`。

## 不支持的情况

- **已 Root 或越狱的设备。** 这类设备的安全防护已被关闭，App 无法在其上打开。
- **模拟器** 以及经过修改的 App。
- **智能手表** 可以显示付款通知，但无法运行完整的 App。

## 只安装官方 App

请只从上表列出的渠道下载 OKPay。通过消息中的链接下载的 App、别人发给您的“更新”文件，或网站上的 APK 安装包，都可能是仿冒软件，会窃取您的信息。**我们绝不会通过聊天工具、短信或邮件向您发送安装文件。**

## 我的设备不在支持范围内

- 在手机设置中检查系统更新，许多旧款手机都可以升级到受支持的版本。
- 在此期间，您可以用受支持的浏览器登录 OKPay 网页版，使用同一个账户。
- 如果手机在支持范围内，App 却仍无法安装或打开，请参阅[App 闪退或打不开](/zh-hans/faq/app-troubleshooting/app-crashes-or-wont-open/)，或[联系客服](/zh-hans/contact/)。""",
            "zh_hant": """為了保護您的帳戶安全，OKPay App 只支援仍持續接收安全性更新的作業系統。某個版本停止支援前，我們至少會提前 30 天在 App 內通知您。

## 支援的作業系統

| 平台 | 最低版本 | 下載管道 |
| --- | --- | --- |
| iPhone 與 iPad | iOS / iPadOS 16 | App Store |
| Android 手機與平板 | Android 10 | Google Play，或中國大陸主要的 Android 應用程式商店 |
| 華為裝置 | HarmonyOS 4 | 華為應用市場（AppGallery） |
| 網頁瀏覽器 | Chrome、Safari、Edge 或 Firefox 的最新兩個版本 | 在 OKPay 網站登入 |

查看版本：iPhone 請至 `設定 > 一般 > 關於本機`，Android 手機請至 `設定 > 關於手機`。

## 不支援的情況

- **已 Root 或越獄的裝置。** 這類裝置的安全防護已被關閉，因此無法開啟 App。
- **模擬器** 以及經過修改的 App。
- **智慧手錶** 可以顯示付款通知，但無法執行完整的 App。

## 只安裝官方 App

請只從上表列出的管道下載 OKPay。透過訊息中的連結下載的 App、別人傳給您的「更新」檔案，或網站上的 APK 安裝檔，都可能是假冒軟體，會竊取您的資料。**我們絕不會透過通訊軟體、簡訊或電子郵件傳送安裝檔給您。**

## 我的裝置不在支援範圍內

- 到手機設定中檢查系統更新，許多舊款手機都能升級到支援的版本。
- 在這段期間，您可以改用支援的瀏覽器登入 OKPay 網站，使用同一個帳戶。
- 若手機符合支援條件，App 卻仍無法安裝或開啟，請參考[App 當機或無法開啟](/zh-hant/faq/app-troubleshooting/app-crashes-or-wont-open/)，或[聯絡客服](/zh-hant/contact/)。""",
        },
    },
]
