"""Demo FAQ content: money in and out, payments, fees, refunds and scams."""

CATEGORIES = [
    {
        "slug": "withdrawals-deposits",
        "order": 60,
        "icon": "bank",
        "title": {
            "en": "Adding money and withdrawals",
            "zh_hans": "充值与提现",
            "zh_hant": "儲值與提領",
        },
        "description": {
            "en": "How to add money to OKPay, withdraw it to your bank account or card, and how long that takes in your region.",
            "zh_hans": "如何给 OKPay 充值、提现到银行卡，以及各地区的到账时间。",
            "zh_hant": "如何儲值到 OKPay、提領到銀行帳戶或金融卡，以及各地區的入帳時間。",
        },
    },
    {
        "slug": "payments-transfers",
        "order": 70,
        "icon": "send",
        "title": {"en": "Payments and transfers", "zh_hans": "付款与转账", "zh_hant": "付款與轉帳"},
        "description": {
            "en": "Sending and receiving money, and what to do when a payment fails, is pending or hasn't arrived.",
            "zh_hans": "收付款与转账，以及付款失败、一直处理中或款项未到账时该怎么办。",
            "zh_hant": "收付款與轉帳，以及付款失敗、一直處理中或款項未入帳時該怎麼辦。",
        },
    },
    {
        "slug": "fees-limits",
        "order": 80,
        "icon": "percent",
        "title": {
            "en": "Fees, exchange rates and limits",
            "zh_hans": "手续费、汇率与限额",
            "zh_hant": "手續費、匯率與額度",
        },
        "description": {
            "en": "What OKPay charges, how currency conversion works, and how much you can hold, send and withdraw.",
            "zh_hans": "OKPay 的收费标准、货币兑换方式，以及余额、转账和提现的限额。",
            "zh_hant": "OKPay 的收費標準、貨幣兌換方式，以及餘額、轉帳與提領的額度。",
        },
    },
    {
        "slug": "refunds-disputes",
        "order": 90,
        "icon": "undo",
        "title": {"en": "Refunds and disputes", "zh_hans": "退款与争议", "zh_hant": "退款與爭議"},
        "description": {
            "en": "Getting your money back from a merchant, disputing a charge, and how long refunds take.",
            "zh_hans": "如何向商家申请退款、对扣款提出争议，以及退款需要多长时间。",
            "zh_hant": "如何向商家申請退款、對扣款提出爭議，以及退款需要多久。",
        },
    },
    {
        "slug": "scams-reporting",
        "order": 100,
        "icon": "alert",
        "title": {"en": "Scams and reporting", "zh_hans": "防骗与举报", "zh_hant": "防詐騙與通報"},
        "description": {
            "en": "Spot common scams, check whether a contact is really OKPay, and report suspicious or unauthorised activity.",
            "zh_hans": "识别常见骗局，核实联系方式是否来自 OKPay 官方，并举报可疑或未经授权的交易。",
            "zh_hant": "辨識常見詐騙手法、查證聯絡方式是否為 OKPay 官方，並通報可疑或未經授權的交易。",
        },
    },
]

ARTICLES = [
    # ------------------------------------------------------------------
    # Adding money and withdrawals
    # ------------------------------------------------------------------
    {
        "slug": "add-money",
        "category": "withdrawals-deposits",
        "regions": [],
        "related": ["how-to-withdraw", "fees-and-exchange-rates", "limits-and-how-to-raise"],
        "views": 3120,
        "title": {
            "en": "How to add money to OKPay",
            "zh_hans": "如何给 OKPay 充值",
            "zh_hant": "如何儲值到 OKPay",
        },
        "summary": {
            "en": "Top up your OKPay balance from a bank account, debit card or credit card in your own name. Bank transfers and debit cards are free; card top-ups arrive instantly.",
            "zh_hans": "可使用本人名下的银行账户、借记卡或信用卡给 OKPay 余额充值。银行转账和借记卡充值免费，银行卡充值实时到账。",
            "zh_hant": "可使用本人名下的銀行帳戶、金融卡或信用卡儲值到 OKPay 餘額。銀行轉帳與金融卡儲值免費，卡片儲值即時入帳。",
        },
        "keywords": {
            "en": "add money, top up, deposit, load wallet, fund account, bank transfer, debit card, credit card, top-up not received",
            "zh_hans": "充值, 存钱, 转入, 银行卡充值, 充值失败, 充值没到账, 余额",
            "zh_hant": "儲值, 加值, 存錢, 轉入, 金融卡儲值, 儲值失敗, 儲值沒入帳, 餘額",
        },
        "body": {
            "en": """You can top up your OKPay balance from a bank account or card in your own name. Once the money arrives you can pay with it, send it to friends or withdraw it later.

## Before you start

- **Verify your identity** in `Me > Verify identity`. Until you do, you can only hold a small balance.
- The bank account or card must be **in your own name**. Top-ups from someone else's account are sent back.

## How to add money

1. Open the OKPay app and go to `Wallet > Add money`.
2. Choose a method: debit card, credit card or bank transfer.
3. Enter the amount. Any fee, and the amount you'll receive, is shown before you confirm.
4. Confirm with your PIN, fingerprint or face.
5. For a bank transfer, send the money from your bank to the account details shown in the app **and include the reference code**. Without it we can't match the money to your account.

## Methods at a glance

| Method | When it arrives | Fee |
| --- | --- | --- |
| Debit card | Instantly | Free |
| Credit card | Instantly | 2.5% |
| Local bank transfer | Same business day, often within minutes | Free |
| International bank transfer | 2–4 business days | Free from OKPay; your bank may charge |

Full details are in [Fees and exchange rates](/en/faq/fees-limits/fees-and-exchange-rates/).

## Top-up not showing?

- A card top-up can fail if the card has expired, your bank blocks online payments, or you've reached your [account limits](/en/faq/fees-limits/limits-and-how-to-raise/).
- A bank transfer sent after your bank's cut-off time arrives the next business day.

If the money has left your bank but still isn't in OKPay after two business days, [contact us](/en/contact/) with your account name, the amount, the date, your bank's payment reference and a screenshot of your bank statement.""",
            "zh_hans": """您可以用本人名下的银行账户或银行卡给 OKPay 余额充值。钱到账后，就可以用来付款、转给好友，或者之后再提现。

## 充值前请确认

- **先完成身份认证**（`我的 > 身份认证`）。未认证的账户只能保留很少的余额。
- 银行账户或银行卡必须是**本人名下**的。用他人账户充值的款项会被原路退回。

## 充值步骤

1. 打开 OKPay App，进入 `钱包 > 充值`。
2. 选择充值方式：借记卡、信用卡或银行转账。
3. 输入金额。确认前页面会显示手续费（如有）和实际到账金额。
4. 输入支付密码，或用指纹、面容确认。
5. 如果选择银行转账，请在手机银行或网银中转到 App 显示的收款账户，并**务必在附言中填写页面上的识别码**。没有识别码，我们无法把这笔钱匹配到您的账户。

## 各充值方式一览

| 方式 | 到账时间 | 手续费 |
| --- | --- | --- |
| 借记卡 | 实时到账 | 免费 |
| 信用卡 | 实时到账 | 2.5% |
| 本地银行转账 | 同一工作日内，通常几分钟 | 免费 |
| 境外银行汇款 | 2–4 个工作日 | OKPay 不收费，汇出银行可能收费 |

详细收费标准请参阅[手续费与汇率](/zh-hans/faq/fees-limits/fees-and-exchange-rates/)。

## 充值没到账？

- 银行卡充值失败，常见原因有：卡已过期、银行关闭了网上支付功能，或已达到[账户限额](/zh-hans/faq/fees-limits/limits-and-how-to-raise/)。
- 在银行截止时间之后发起的转账，会在下一个工作日到账。

如果银行已经扣款，但两个工作日后 OKPay 仍未到账，请[联系客服](/zh-hans/contact/)，并提供账户名、金额、转账日期、银行交易流水号以及银行账单截图。""",
            "zh_hant": """您可以從本人名下的銀行帳戶或卡片儲值到 OKPay 餘額。款項入帳後，就能拿來付款、轉給朋友，或日後再提領。

## 儲值前請先確認

- **先完成身分驗證**（`我的 > 身分驗證`）。尚未驗證的帳戶只能存放少量餘額。
- 銀行帳戶或卡片必須是**本人名下**。從他人帳戶轉入的款項會被退回。

## 儲值步驟

1. 開啟 OKPay App，前往 `錢包 > 儲值`。
2. 選擇儲值方式：金融卡、信用卡或銀行轉帳。
3. 輸入金額。確認前畫面會列出手續費（如有）以及實際入帳金額。
4. 輸入交易密碼，或以指紋、臉部辨識確認。
5. 若選擇銀行轉帳，請依 App 顯示的帳戶資料從您的銀行轉帳，並**務必在備註欄填寫畫面上的識別碼**。少了識別碼，我們就無法將款項對應到您的帳戶。

## 儲值方式一覽

| 方式 | 入帳時間 | 手續費 |
| --- | --- | --- |
| 金融卡 | 即時入帳 | 免費 |
| 信用卡 | 即時入帳 | 2.5% |
| 本地銀行轉帳 | 同一個工作天內，通常幾分鐘就到 | 免費 |
| 海外銀行匯款 | 2–4 個工作天 | OKPay 不收費，匯出銀行可能另收費用 |

完整收費請參考[手續費與匯率](/zh-hant/faq/fees-limits/fees-and-exchange-rates/)。

## 儲值後沒看到款項？

- 卡片儲值失敗，通常是因為卡片過期、發卡銀行未開通網路交易，或已達[帳戶額度](/zh-hant/faq/fees-limits/limits-and-how-to-raise/)上限。
- 超過銀行截止時間才轉出的款項，會在下一個工作天入帳。

如果銀行已經扣款，但兩個工作天後 OKPay 仍未入帳，請[聯絡客服](/zh-hant/contact/)，並附上帳戶名稱、金額、轉帳日期、銀行交易序號及銀行對帳單截圖。""",
        },
    },
    {
        "slug": "how-to-withdraw",
        "category": "withdrawals-deposits",
        "regions": [],
        "related": [
            "withdrawal-times-by-region",
            "fees-and-exchange-rates",
            "limits-and-how-to-raise",
        ],
        "views": 4870,
        "title": {
            "en": "How to withdraw money to your bank account",
            "zh_hans": "如何提现到银行账户",
            "zh_hant": "如何提領到銀行帳戶",
        },
        "summary": {
            "en": "Withdraw your balance to a bank account or debit card in your own name. Rules differ by region, so check them and your bank details first to avoid delays.",
            "zh_hans": "可将余额提现到本人名下的银行账户或借记卡。各地区规定不同，提现前请先了解规则并核对银行信息，以免延误。",
            "zh_hant": "可將餘額提領到本人名下的銀行帳戶或金融卡。各地區規定不同，提領前請先了解規則並核對銀行資料，以免延誤。",
        },
        "keywords": {
            "en": "withdraw, cash out, transfer to bank, withdrawal, move money to bank, bank account, withdrawal returned",
            "zh_hans": "提现, 取钱, 转到银行卡, 提现步骤, 提现失败, 提现被退回, 银行卡",
            "zh_hant": "提領, 提現, 領錢, 轉到銀行帳戶, 提領步驟, 提領失敗, 提領被退回",
        },
        "body": {
            "en": """You can withdraw your OKPay balance to a bank account, or an eligible debit card, in your own name. **Withdrawal rules differ by country and region**, so read the rules for your region before your first withdrawal and double-check your details: most delays come from small mistakes.

## Before you withdraw

- Your identity must be verified (`Me > Verify identity`).
- The bank account name must **exactly match** the name on your OKPay account. A different spelling or word order is the most common reason a bank returns a withdrawal.
- Have your bank details ready: the account number and, depending on your region, the bank code, branch code, sort code or SWIFT code.
- Check the [fees](/en/faq/fees-limits/fees-and-exchange-rates/) and [limits](/en/faq/fees-limits/limits-and-how-to-raise/) for your region.

## Steps

1. Go to `Wallet > Withdraw`.
2. Choose a saved bank account or card, or tap **Add bank account** and enter the details.
3. Enter the amount. The app shows the fee and the estimated arrival time.
4. Choose **Standard** or **Express** (Express is only offered in some regions).
5. Confirm with your PIN. The withdrawal appears in `Activity` as *Pending*, then *Completed*.

## Good to know

- Your first withdrawal to a new account can take up to 24 hours longer while we run a security check.
- If the bank rejects the payment, the money returns to your OKPay balance within 3–5 business days and any fee is refunded.
- **OKPay never asks you to pay a "release fee", "tax" or "deposit" before you can withdraw. Anyone who does is running a scam.** See [Common scams](/en/faq/scams-reporting/common-scams/).

## If this didn't help

First check [how long withdrawals take](/en/faq/withdrawals-deposits/withdrawal-times-by-region/). If your withdrawal is overdue, [contact us](/en/contact/) with your account name, the transaction ID, the amount and date, the last four digits of the bank account, and a screenshot of any error message.""",
            "zh_hans": """您可以把 OKPay 余额提现到本人名下的银行账户或支持提现的借记卡。**不同国家和地区的提现规定有所不同**，首次提现前请先阅读所在地区的规则，并仔细核对信息——大部分延误都是由一些小错误造成的。

## 提现前请确认

- 已完成身份认证（`我的 > 身份认证`）。
- 银行账户户名必须与 OKPay 账户姓名**完全一致**。拼写或姓名顺序不同，是银行退回提现最常见的原因。
- 准备好银行信息：账号，以及所在地区要求的银行代码、分行代码、sort code 或 SWIFT 代码等。
- 了解所在地区的[手续费](/zh-hans/faq/fees-limits/fees-and-exchange-rates/)和[限额](/zh-hans/faq/fees-limits/limits-and-how-to-raise/)。

## 提现步骤

1. 进入 `钱包 > 提现`。
2. 选择已添加的银行卡或账户，或点击**添加银行账户**并填写信息。
3. 输入金额，页面会显示手续费和预计到账时间。
4. 选择**普通提现**或**快速提现**（快速提现仅部分地区支持）。
5. 输入支付密码确认。这笔提现会先在 `账单` 中显示为“处理中”，完成后变为“已完成”。

## 注意事项

- 首次提现到新账户时，我们需要进行安全审核，可能会多花最多 24 小时。
- 如果银行拒收，款项会在 3–5 个工作日内退回您的 OKPay 余额，手续费一并退还。
- **OKPay 从不要求您先缴纳“解冻费”“税费”或“保证金”才能提现。凡是这样要求的，都是诈骗。**详见[常见骗局](/zh-hans/faq/scams-reporting/common-scams/)。

## 仍未解决？

请先查看[提现多久到账](/zh-hans/faq/withdrawals-deposits/withdrawal-times-by-region/)。如果已超过预计时间，请[联系客服](/zh-hans/contact/)，并提供账户名、交易编号、金额和日期、银行账号后四位，以及报错页面的截图。""",
            "zh_hant": """您可以把 OKPay 餘額提領到本人名下的銀行帳戶，或支援提領的金融卡。**各國家與地區的提領規定不盡相同**，第一次提領前請先看清楚所在地區的規則，並再次確認資料——多數延誤都出在一些小錯誤。

## 提領前請確認

- 已完成身分驗證（`我的 > 身分驗證`）。
- 銀行帳戶的戶名必須與 OKPay 帳戶姓名**完全相同**。英文拼法或姓名順序不同，是銀行退回款項最常見的原因。
- 備妥銀行資料：帳號，以及所在地區需要的銀行代碼、分行代碼、sort code 或 SWIFT 代碼。
- 先了解所在地區的[手續費](/zh-hant/faq/fees-limits/fees-and-exchange-rates/)與[額度](/zh-hant/faq/fees-limits/limits-and-how-to-raise/)。

## 提領步驟

1. 前往 `錢包 > 提領`。
2. 選擇已儲存的銀行帳戶或卡片，或點選「新增銀行帳戶」並輸入資料。
3. 輸入金額，畫面會顯示手續費與預估入帳時間。
4. 選擇「一般提領」或「快速提領」（快速提領僅部分地區提供）。
5. 輸入交易密碼確認。`交易紀錄` 中會先顯示「處理中」，完成後改為「已完成」。

## 小提醒

- 第一次提領到新帳戶時，我們會進行安全檢查，可能多花最多 24 小時。
- 若銀行退件，款項會在 3–5 個工作天內退回您的 OKPay 餘額，手續費也會一併退還。
- **OKPay 絕不會要求您先繳「解凍費」、「稅金」或「保證金」才能提領。會這樣要求的，一定是詐騙。**請參考[常見詐騙手法](/zh-hant/faq/scams-reporting/common-scams/)。

## 還是沒解決？

請先查看[提領多久會入帳](/zh-hant/faq/withdrawals-deposits/withdrawal-times-by-region/)。若已超過預估時間，請[聯絡客服](/zh-hant/contact/)，並提供帳戶名稱、交易編號、金額與日期、銀行帳號末四碼，以及錯誤訊息的截圖。""",
        },
    },
    {
        "slug": "withdrawal-times-by-region",
        "category": "withdrawals-deposits",
        "regions": [],
        "related": ["how-to-withdraw", "withdrawal-times-mainland-china", "uk-faster-payments"],
        "views": 2650,
        "title": {
            "en": "How long do withdrawals take?",
            "zh_hans": "提现多久到账？",
            "zh_hant": "提領多久會入帳？",
        },
        "summary": {
            "en": "Most withdrawals arrive within minutes to two business days, depending on the method and your region. See typical times by method and what can cause a delay.",
            "zh_hans": "大多数提现在几分钟到两个工作日内到账，具体取决于提现方式和所在地区。本文列出各方式的一般到账时间及常见延误原因。",
            "zh_hant": "多數提領會在幾分鐘到兩個工作天內入帳，實際時間依提領方式與所在地區而定。本文列出各方式的一般入帳時間與常見延誤原因。",
        },
        "keywords": {
            "en": "withdrawal time, how long, withdrawal not arrived, delayed withdrawal, processing time, business days, cut-off time",
            "zh_hans": "提现多久到账, 到账时间, 提现未到账, 提现延迟, 工作日, 截止时间",
            "zh_hant": "提領多久入帳, 入帳時間, 提領未入帳, 提領延遲, 工作天, 截止時間",
        },
        "body": {
            "en": """How quickly a withdrawal arrives depends on the method you choose and on your region. The estimate the app shows before you confirm is the best guide for each withdrawal.

## Typical times by method

| Method | Usual time | Where it's offered |
| --- | --- | --- |
| Real-time bank transfer | Within minutes, at most 2 hours, 24/7 | Hong Kong (FPS), Singapore (FAST), UK (Faster Payments) |
| Express withdrawal | Usually within 30 minutes | Mainland China, Taiwan, United States |
| Standard bank withdrawal | 1–2 business days | Mainland China, Taiwan, United States |
| International bank transfer | 3–5 business days | All regions except mainland China |

For region-specific details, see [Withdrawal times in mainland China](/en/faq/withdrawals-deposits/withdrawal-times-mainland-china/) and [Withdrawals and payments to UK bank accounts](/en/faq/payments-transfers/uk-faster-payments/).

## What can slow a withdrawal down

- **Cut-off time:** standard withdrawals requested after 4 pm local time start processing the next business day.
- **Weekends and public holidays:** standard and international transfers only move on business days.
- **First withdrawal to a new account:** allow up to 24 extra hours for a security check.
- **Name or number mismatch:** the bank may return the money, which takes 3–5 business days.
- **Your bank:** some banks hold incoming international payments for their own checks.

## What the status in Activity tells you

- *Pending*: we're still processing it.
- *Completed*: we've sent the money. If it isn't in your account yet, ask your bank, quoting the bank reference shown in the transaction details.
- *Returned*: the bank sent it back and the money is in your OKPay balance again.

## Still waiting?

If a withdrawal is more than one business day past its estimate, [contact us](/en/contact/) with the transaction ID ([where to find it](/en/faq/payments-transfers/find-transaction-id/)), the amount, the date and a screenshot of the transaction details.""",
            "zh_hans": """提现的到账速度取决于您选择的方式和所在地区。确认提现前 App 显示的预计到账时间，是判断每一笔提现最准确的参考。

## 各提现方式的一般到账时间

| 方式 | 一般到账时间 | 适用地区 |
| --- | --- | --- |
| 实时银行转账 | 几分钟内，最迟 2 小时，7×24 小时 | 中国香港（转数快 FPS）、新加坡（FAST）、英国（Faster Payments） |
| 快速提现 | 通常 30 分钟内 | 中国大陆、台湾、美国 |
| 普通提现 | 1–2 个工作日 | 中国大陆、台湾、美国 |
| 境外电汇 | 3–5 个工作日 | 除中国大陆外的所有地区 |

各地区的详细说明，请参阅[中国大陆提现到账时间](/zh-hans/faq/withdrawals-deposits/withdrawal-times-mainland-china/)和[提现及转账到英国银行账户](/zh-hans/faq/payments-transfers/uk-faster-payments/)。

## 可能导致延误的原因

- **截止时间**：当地时间 16:00 以后提交的普通提现，从下一个工作日开始处理。
- **周末和法定节假日**：普通提现和境外电汇只在工作日处理。
- **首次提现到新账户**：安全审核可能额外需要最多 24 小时。
- **户名或账号不符**：银行可能会退回款项，退回需要 3–5 个工作日。
- **收款银行**：部分银行会对境外汇入款项进行额外审核。

## 账单中的状态说明

- “处理中”：我们仍在处理。
- “已完成”：我们已经把钱汇出。如果还没到账，请凭交易详情中的银行流水号向您的银行查询。
- “已退回”：银行已退回款项，钱已回到您的 OKPay 余额。

## 还在等？

如果超过预计时间一个工作日仍未到账，请[联系客服](/zh-hans/contact/)，并提供交易编号（[在哪里找](/zh-hans/faq/payments-transfers/find-transaction-id/)）、金额、日期和交易详情截图。""",
            "zh_hant": """提領的入帳速度，取決於您選擇的方式與所在地區。按下確認前 App 顯示的預估入帳時間，最能反映每一筆提領的實際情況。

## 各提領方式的一般入帳時間

| 方式 | 一般入帳時間 | 適用地區 |
| --- | --- | --- |
| 即時銀行轉帳 | 幾分鐘內，最遲 2 小時，全年無休 | 香港（轉數快 FPS）、新加坡（FAST）、英國（Faster Payments） |
| 快速提領 | 通常 30 分鐘內 | 中國大陸、台灣、美國 |
| 一般提領 | 1–2 個工作天 | 中國大陸、台灣、美國 |
| 跨境電匯 | 3–5 個工作天 | 中國大陸以外的所有地區 |

各地區的詳細說明，請參考[中國大陸提領入帳時間](/zh-hant/faq/withdrawals-deposits/withdrawal-times-mainland-china/)及[提領及轉帳至英國銀行帳戶](/zh-hant/faq/payments-transfers/uk-faster-payments/)。

## 可能造成延誤的原因

- **截止時間**：當地時間下午 4 點後送出的一般提領，會從下一個工作天開始處理。
- **週末與國定假日**：一般提領與跨境電匯只在工作天處理。
- **第一次提領到新帳戶**：安全檢查可能需要額外最多 24 小時。
- **戶名或帳號有誤**：銀行可能退回款項，退回需時 3–5 個工作天。
- **收款銀行**：部分銀行會對海外匯入款項另行審核。

## 交易紀錄中的狀態代表什麼

- 「處理中」：我們仍在處理。
- 「已完成」：款項已由我們匯出。若尚未入帳，請以交易明細中的銀行參考號碼向您的銀行查詢。
- 「已退回」：銀行已退回款項，錢已回到您的 OKPay 餘額。

## 還在等嗎？

如果已超過預估時間一個工作天仍未入帳，請[聯絡客服](/zh-hant/contact/)，並提供交易編號（[去哪裡找](/zh-hant/faq/payments-transfers/find-transaction-id/)）、金額、日期與交易明細截圖。""",
        },
    },
    {
        "slug": "withdrawal-times-mainland-china",
        "category": "withdrawals-deposits",
        "regions": ["cn"],
        "related": ["withdrawal-times-by-region", "how-to-withdraw", "limits-and-how-to-raise"],
        "views": 1980,
        "title": {
            "en": "Withdrawal times in mainland China",
            "zh_hans": "中国大陆提现到账时间",
            "zh_hant": "中國大陸提領入帳時間",
        },
        "summary": {
            "en": "Standard withdrawals to mainland China bank cards arrive by the end of the next business day; express withdrawals usually within 30 minutes. Public holidays can add time.",
            "zh_hans": "普通提现到大陆银行卡，一般在下一个工作日内到账；快速提现通常 30 分钟内到账。法定节假日期间可能顺延。",
            "zh_hant": "一般提領至中國大陸的金融卡，通常在下一個工作天內入帳；快速提領多在 30 分鐘內入帳。法定假日期間可能順延。",
        },
        "keywords": {
            "en": "mainland China, China bank card, CNY withdrawal, RMB, express withdrawal, Spring Festival, National Day, holiday",
            "zh_hans": "提现到账时间, 快速提现, 普通提现, 储蓄卡, 借记卡, 节假日提现, 春节, 国庆",
            "zh_hant": "中國大陸提領, 人民幣提領, 快速提領, 一般提領, 春節, 國慶, 假日入帳",
        },
        "body": {
            "en": """This article is for OKPay accounts registered in mainland China. You can withdraw to **debit cards issued by mainland Chinese banks** in your own name; withdrawals to credit cards aren't supported.

## Standard or express?

| | Standard withdrawal | Express withdrawal |
| --- | --- | --- |
| Fee | Free | 0.1% (minimum CNY 1) |
| Usual time | By the end of the next business day | Within 30 minutes, at most 2 hours |
| When it's processed | Business days | 24/7, if your bank supports it |

Both share the same withdrawal limit of CNY 35,000 a day for fully verified accounts.

## When will a standard withdrawal arrive?

| You submit it | Expected arrival |
| --- | --- |
| Business day, before 16:00 | By the end of the next business day |
| Business day, after 16:00 | Within two business days |
| Weekend or public holiday | By the end of the second business day after it |

Weekend days that are official working days (调休) count as business days. Around Spring Festival and the National Day holiday, banks are busier and money can take a day longer, so plan large withdrawals ahead.

## Avoid delays

1. Make sure the cardholder name matches the real name on your OKPay account.
2. Check the card number and the bank you select: choosing the wrong bank is a common reason for a returned withdrawal.
3. Stay within your daily withdrawal limit (see [Account limits](/en/faq/fees-limits/limits-and-how-to-raise/)).

If an express withdrawal hasn't arrived after 2 hours, or a standard one is past the times above, [contact us](/en/contact/) with the transaction ID, the amount, the time you submitted it and the last four digits of the card.""",
            "zh_hans": """本文适用于在中国大陆注册的 OKPay 账户。提现只能到**本人名下、大陆银行发行的借记卡（储蓄卡）**，暂不支持提现到信用卡。

## 普通提现和快速提现

| 项目 | 普通提现 | 快速提现 |
| --- | --- | --- |
| 手续费 | 免费 | 0.1%（最低 1 元） |
| 一般到账时间 | 下一个工作日内 | 30 分钟内，最迟 2 小时 |
| 处理时间 | 工作日 | 7×24 小时（需发卡行支持） |

两种提现共用同一个提现额度：已完成高级认证的账户每日最多 35,000 元。

## 普通提现什么时候到账？

| 提交时间 | 预计到账 |
| --- | --- |
| 工作日 16:00 前 | 下一个工作日内 |
| 工作日 16:00 后 | 两个工作日内 |
| 周末或法定节假日 | 假期结束后第二个工作日内 |

调休上班的周六、周日按工作日计算。春节和国庆长假前后银行业务量大，到账可能再晚一天，大额提现建议提前安排。

## 如何避免延误

1. 确认银行卡户名与 OKPay 实名信息一致。
2. 核对卡号和所选开户银行——选错银行是提现被退回的常见原因。
3. 注意不要超过每日提现限额（详见[账户限额](/zh-hans/faq/fees-limits/limits-and-how-to-raise/)）。

如果快速提现超过 2 小时未到账，或普通提现已超过上表时间仍未到账，请[联系客服](/zh-hans/contact/)，并提供交易编号、金额、提交时间和银行卡后四位。""",
            "zh_hant": """本文適用於在中國大陸註冊的 OKPay 帳戶。款項只能提領到**本人名下、由中國大陸銀行發行的金融卡（借記卡）**，目前不支援提領到信用卡。

## 一般提領與快速提領

| 項目 | 一般提領 | 快速提領 |
| --- | --- | --- |
| 手續費 | 免費 | 0.1%（最低人民幣 1 元） |
| 一般入帳時間 | 下一個工作天內 | 30 分鐘內，最遲 2 小時 |
| 處理時段 | 工作天 | 全年無休 24 小時（須發卡銀行支援） |

兩種提領共用同一個額度：完成完整驗證的帳戶，每日最多可提領人民幣 35,000 元。

## 一般提領何時入帳？

| 送出時間 | 預計入帳 |
| --- | --- |
| 工作天下午 4 點前 | 下一個工作天內 |
| 工作天下午 4 點後 | 兩個工作天內 |
| 週末或法定假日 | 假期結束後第二個工作天內 |

中國大陸因「調休」而需上班的週六、週日，視為工作天。春節及國慶長假前後銀行作業量大，入帳可能再晚一天，大額提領建議提早安排。

## 如何避免延誤

1. 確認金融卡戶名與 OKPay 帳戶的實名資料一致。
2. 核對卡號以及所選的發卡銀行——選錯銀行是提領遭退回的常見原因。
3. 留意不要超過每日提領額度（詳見[帳戶額度](/zh-hant/faq/fees-limits/limits-and-how-to-raise/)）。

若快速提領超過 2 小時仍未入帳，或一般提領已超過上表時間，請[聯絡客服](/zh-hant/contact/)，並提供交易編號、金額、送出時間及卡號末四碼。""",
        },
    },
    # ------------------------------------------------------------------
    # Payments and transfers
    # ------------------------------------------------------------------
    {
        "slug": "payment-failed-or-not-received",
        "category": "payments-transfers",
        "regions": [],
        "related": ["find-transaction-id", "sent-to-wrong-recipient", "withdrawal-times-by-region"],
        "views": 4410,
        "title": {
            "en": "Payment failed, pending or not received",
            "zh_hans": "付款失败、一直处理中或款项未到账",
            "zh_hant": "付款失敗、一直處理中或款項未入帳",
        },
        "summary": {
            "en": "If a payment failed or the money hasn't arrived, check your network and payment method, then the status in Activity. Still stuck? Contact us with the transaction ID.",
            "zh_hans": "付款失败或款项未到账时，请先检查网络和支付方式，再到账单中查看交易状态。仍未解决的，请提供交易编号联系客服。",
            "zh_hant": "付款失敗或款項未入帳時，請先檢查網路與付款方式，再到交易紀錄查看狀態。仍無法解決，請提供交易編號聯絡客服。",
        },
        "keywords": {
            "en": "payment failed, money not arrived, pending, not received, declined, charged twice, transaction stuck, payment processing",
            "zh_hans": "付款失败, 款项未到账, 处理中, 没收到钱, 支付失败, 重复扣款, 交易卡住, 扣款未成功",
            "zh_hant": "付款失敗, 款項未入帳, 處理中, 沒收到錢, 交易失敗, 重複扣款, 交易卡住, 扣款未成功",
        },
        "body": {
            "en": """Most payment problems sort themselves out within a few minutes. Work through these checks before trying again, and **don't keep tapping Pay**: you could end up paying twice.

## 1. Check the basics

1. **Network:** make sure your connection is stable. If pages load slowly, switch between Wi-Fi and mobile data.
2. **Payment method:** check that your balance is enough, your card hasn't expired and your bank hasn't declined the payment.
3. **Limits:** you may have reached a sending limit. See [Account limits](/en/faq/fees-limits/limits-and-how-to-raise/).
4. **App version:** update the OKPay app to the latest version.

## 2. Look at the status in Activity

| Status | What it means | What to do |
| --- | --- | --- |
| Pending | We're processing or checking the payment | Wait. Most clear within 30 minutes; some security checks take up to one business day |
| Completed | The money has left your account | Ask the recipient to refresh. Payments to banks can take longer to show |
| Failed | The payment didn't go through | Fix the cause shown and try again |
| Returned | The recipient's bank sent it back | The money is back in your balance |

## Money taken, but the payment failed?

A failed card payment can leave a temporary hold on your card. Your bank releases it automatically, usually within 5–7 business days. If you paid from your OKPay balance, a failed payment is credited back straight away.

## Still not sorted?

[Contact us](/en/contact/) and have this ready:

- your account name and the phone number or e-mail you registered with
- the transaction ID ([where to find it](/en/faq/payments-transfers/find-transaction-id/))
- the amount, date and time, and who you were paying
- a short description of the problem and screenshots of any error

If something about this experience could be better, tell us through the [feedback form](/en/feedback/).""",
            "zh_hans": """大多数付款问题几分钟内就能自动恢复。重新付款前，请先按下面的步骤检查，**不要反复点击付款**，否则可能会重复扣款。

## 第一步：检查基本情况

1. **网络**：确认网络连接稳定。页面加载慢时，可以在 Wi-Fi 和移动数据之间切换试试。
2. **支付方式**：确认余额充足、银行卡未过期，并且银行没有拒绝这笔交易。
3. **限额**：可能已达到转账限额，详见[账户限额](/zh-hans/faq/fees-limits/limits-and-how-to-raise/)。
4. **App 版本**：把 OKPay App 更新到最新版本。

## 第二步：在账单中查看交易状态

| 状态 | 含义 | 怎么办 |
| --- | --- | --- |
| 处理中 | 我们正在处理或审核这笔付款 | 请耐心等待。大多数 30 分钟内完成，部分安全审核最长需要 1 个工作日 |
| 已完成 | 钱已从您的账户转出 | 请对方刷新查看。转到银行账户的款项显示可能更慢 |
| 失败 | 付款没有成功 | 根据提示处理原因后重试 |
| 已退回 | 收款银行退回了款项 | 钱已回到您的余额 |

## 付款失败却被扣钱了？

银行卡付款失败后，卡上可能会有一笔临时冻结（预授权）金额，发卡行通常会在 5–7 个工作日内自动解除。如果是用 OKPay 余额付款，失败后款项会立即退回余额。

## 仍未解决？

请[联系客服](/zh-hans/contact/)，并准备好以下信息：

- 账户名，以及注册时使用的手机号或邮箱
- 交易编号（[在哪里找](/zh-hans/faq/payments-transfers/find-transaction-id/)）
- 金额、日期和时间，以及收款方
- 问题的简要描述和报错截图

如果您觉得这次的体验还有改进空间，欢迎通过[意见反馈](/zh-hans/feedback/)告诉我们。""",
            "zh_hant": """大部分付款問題幾分鐘內就會自行恢復。重新付款前，請先依下列步驟檢查，**不要一直重複按「付款」**，否則可能會被重複扣款。

## 步驟一：先檢查基本狀況

1. **網路**：確認網路連線穩定。頁面載入很慢時，可試著在 Wi-Fi 與行動網路之間切換。
2. **付款方式**：確認餘額足夠、卡片未過期，且銀行沒有拒絕這筆交易。
3. **額度**：可能已達轉帳額度上限，請參考[帳戶額度](/zh-hant/faq/fees-limits/limits-and-how-to-raise/)。
4. **App 版本**：將 OKPay App 更新至最新版本。

## 步驟二：到交易紀錄查看狀態

| 狀態 | 代表什麼 | 該怎麼做 |
| --- | --- | --- |
| 處理中 | 我們正在處理或審核這筆付款 | 請稍候。多數在 30 分鐘內完成，部分安全審核最長需 1 個工作天 |
| 已完成 | 款項已從您的帳戶轉出 | 請對方重新整理頁面。轉入銀行帳戶的款項可能較晚顯示 |
| 失敗 | 付款未成功 | 依畫面提示排除原因後再試一次 |
| 已退回 | 收款銀行已退回款項 | 款項已回到您的餘額 |

## 付款失敗卻被扣款？

刷卡付款失敗後，卡片上可能會出現一筆暫時的圈存（預先授權）金額，發卡銀行通常會在 5–7 個工作天內自動取消。若是以 OKPay 餘額付款，失敗後款項會立即退回餘額。

## 還是沒解決？

請[聯絡客服](/zh-hant/contact/)，並備妥以下資料：

- 帳戶名稱，以及註冊時使用的手機號碼或電子郵件
- 交易編號（[去哪裡找](/zh-hant/faq/payments-transfers/find-transaction-id/)）
- 金額、日期與時間，以及收款對象
- 問題的簡要說明與錯誤畫面截圖

如果您覺得這次的體驗還有改善空間，歡迎透過[意見回饋](/zh-hant/feedback/)告訴我們。""",
        },
    },
    {
        "slug": "sent-to-wrong-recipient",
        "category": "payments-transfers",
        "regions": [],
        "related": ["find-transaction-id", "payment-failed-or-not-received", "common-scams"],
        "views": 1370,
        "title": {
            "en": "I sent money to the wrong person",
            "zh_hans": "转错账了怎么办？",
            "zh_hant": "轉錯帳了怎麼辦？",
        },
        "summary": {
            "en": "Cancel the payment if it's still pending. If it has completed, ask the recipient to return it, and contact us with the transaction ID if they don't.",
            "zh_hans": "转账仍在处理中的，可以直接取消；已经完成的，请联系收款人退回。对方不退回的，请提供交易编号联系客服协助。",
            "zh_hant": "轉帳仍在處理中，可以直接取消；若已完成，請聯絡收款人退回。對方不願退回時，請提供交易編號聯絡客服協助。",
        },
        "keywords": {
            "en": "wrong person, wrong recipient, sent by mistake, cancel payment, get money back, wrong account, return payment",
            "zh_hans": "转错账, 转错人, 误转, 取消付款, 追回, 退回款项, 转错银行卡",
            "zh_hant": "轉錯帳, 轉錯人, 誤轉, 取消付款, 追回款項, 退回款項, 匯錯帳戶",
        },
        "body": {
            "en": """Payments between OKPay users usually complete instantly, and we can't take the money back without the recipient's agreement. Act quickly: the sooner you do, the better your chance of getting it back.

## If the payment is still pending

1. Open `Activity` and tap the payment.
2. Tap **Cancel payment**. This button only appears while a payment is pending.
3. The money goes back to your balance straight away.

## If the payment has completed

1. **Ask the recipient to return it.** They can tap **Return payment** on the transaction, which sends the exact amount back to you.
2. **If you can't reach them or they refuse,** [contact us](/en/contact/) within 30 days. Give us the transaction ID, the amount, the recipient's name or phone number as shown in the app, and who you meant to pay. We'll contact the recipient for you.
3. **If you sent it to the wrong bank account,** we can ask the receiving bank to recall the payment. This isn't guaranteed and can take 10 business days or more.

## Be careful with "wrong payment" messages

**If a stranger says they sent you money by mistake and asks you to send it back to a different account or in a different way, don't.** This is a common scam: the original payment is often made with a stolen card and reversed later, leaving you out of pocket. Only use **Return payment** on the original transaction, or contact us.

## Avoid it next time

- Check the recipient's name and profile photo on the confirmation screen before you tap Pay.
- Save people you pay often as favourites.
- When paying someone new, send a small amount first.""",
            "zh_hans": """OKPay 用户之间的转账通常即时到账，未经收款人同意，我们无法直接撤回。请尽快处理——越早行动，追回的可能性越大。

## 转账仍显示“处理中”

1. 打开 `账单`，点击这笔转账。
2. 点击**取消付款**。该按钮只在转账处理中时显示。
3. 款项会立即退回您的余额。

## 转账已完成

1. **联系收款人退回。**对方可以在这笔交易中点击**退回款项**，原额退还给您。
2. **联系不上对方或对方拒绝退回**，请在 30 天内[联系客服](/zh-hans/contact/)，提供交易编号、金额、App 中显示的收款人姓名或手机号，以及您原本要转给谁。我们会代您联系收款人。
3. **如果转错了银行账户**，我们可以请收款银行协助退回，但不能保证成功，通常需要 10 个工作日或更久。

## 警惕“转错账”骗局

**如果陌生人说“不小心转错钱给您”，并要求您把钱转到另一个账户或用其他方式退还，千万不要照做。**这是常见骗局：对方最初那笔钱往往来自被盗刷的银行卡，之后会被追回，损失就落到了您身上。只能通过原交易的**退回款项**按钮退还，或者联系客服。

## 下次如何避免

- 点击付款前，在确认页面核对收款人的姓名和头像。
- 把常用收款人添加到常用联系人。
- 第一次给新的收款人转账时，可以先转一小笔试试。""",
            "zh_hant": """OKPay 使用者之間的轉帳通常會即時入帳，未經收款人同意，我們無法直接取回。請盡快處理——愈早行動，拿回款項的機會愈大。

## 轉帳仍顯示「處理中」

1. 開啟 `交易紀錄`，點選這筆轉帳。
2. 點選「取消付款」。這個按鈕只會在轉帳處理中時出現。
3. 款項會立即退回您的餘額。

## 轉帳已完成

1. **請收款人退回。**對方可在該筆交易點選「退回款項」，將原金額退還給您。
2. **聯絡不上對方或對方拒絕退回**，請在 30 天內[聯絡客服](/zh-hant/contact/)，提供交易編號、金額、App 中顯示的收款人姓名或手機號碼，以及您原本要轉給誰。我們會代您聯繫收款人。
3. **如果匯錯銀行帳戶**，我們可以請收款銀行協助退回，但無法保證成功，通常需要 10 個工作天以上。

## 小心「轉錯帳」詐騙

**如果陌生人說「不小心轉錯錢給您」，並要求您把錢轉到另一個帳戶或用其他方式還給他，千萬別照做。**這是常見的詐騙手法：對方最初那筆錢往往來自盜刷的卡片，事後會被追回，損失就落在您身上。請只透過原交易的「退回款項」按鈕退還，或直接聯絡客服。

## 下次如何避免

- 按下付款前，在確認畫面核對收款人的姓名與大頭貼。
- 將常用的收款人加入「常用聯絡人」。
- 第一次轉帳給新對象時，可先轉一小筆試試。""",
        },
    },
    {
        "slug": "find-transaction-id",
        "category": "payments-transfers",
        "regions": [],
        "related": [
            "payment-failed-or-not-received",
            "request-a-refund",
            "report-suspicious-activity",
        ],
        "views": 2240,
        "title": {
            "en": "Where to find your transaction ID",
            "zh_hans": "在哪里找到交易编号？",
            "zh_hant": "交易編號在哪裡找？",
        },
        "summary": {
            "en": "Every OKPay payment, top-up and withdrawal has a transaction ID starting with TX. Find it in Activity or in your e-mail receipt, and include it whenever you contact us.",
            "zh_hans": "OKPay 的每笔付款、充值和提现都有以 TX 开头的交易编号，可在账单或邮件收据中找到。联系客服时请一并提供。",
            "zh_hant": "OKPay 的每筆付款、儲值與提領都有以 TX 開頭的交易編號，可在交易紀錄或電子郵件收據中找到。聯絡客服時請一併提供。",
        },
        "keywords": {
            "en": "transaction ID, transaction number, reference number, receipt, order number, TX number, payment reference",
            "zh_hans": "交易编号, 交易号, 交易单号, 流水号, 订单号, 收据, 付款凭证",
            "zh_hant": "交易編號, 交易序號, 參考號碼, 訂單編號, 收據, 付款憑證",
        },
        "body": {
            "en": """Every payment, top-up, withdrawal and refund in OKPay has its own transaction ID. It starts with **TX** followed by 16 letters and numbers, for example `TX24051893KQ7F2M0A`. Including it when you contact us is the fastest way for our team to find the transaction you're asking about.

## In the app

1. Tap `Activity` at the bottom of the screen.
2. Find the transaction (you can search by name or amount) and tap it.
3. Scroll down to **Details**. The transaction ID is shown there; tap the copy icon next to it.

## In your e-mail receipt

We send a receipt for every completed transaction to the e-mail address you registered with. The transaction ID is near the top, under the amount.

## Numbers that are easy to mix up

| Number | Where you see it | Is it the transaction ID? |
| --- | --- | --- |
| Transaction ID | OKPay Activity and receipts; starts with TX | Yes |
| Order number | The merchant's website or receipt | No, but useful for refunds |
| Bank reference | Your bank statement, usually after "OKPAY" | No, but useful for withdrawals |
| Case reference | Our reply after you send a report or feedback | No. It identifies your case on the [status page](/en/status/) |

## Safe to share, within limits

Your transaction ID is safe to share with OKPay support. **Never share your password, PIN or one-time codes**: real OKPay staff will never ask for them. If someone does, read [Common scams](/en/faq/scams-reporting/common-scams/).""",
            "zh_hans": """OKPay 中的每一笔付款、充值、提现和退款都有唯一的交易编号，以 **TX** 开头，后面跟 16 位字母和数字，例如 `TX24051893KQ7F2M0A`。联系客服时提供交易编号，是让我们最快找到相关交易的方法。

## 在 App 中查看

1. 点击屏幕底部的 `账单`。
2. 找到这笔交易（可按名称或金额搜索）并点击进入。
3. 下滑到**交易详情**，即可看到交易编号，点击旁边的复制图标即可复制。

## 在邮件收据中查看

每笔交易完成后，我们都会向您的注册邮箱发送收据，交易编号就在金额下方。

## 容易混淆的几个编号

| 编号 | 在哪里看到 | 是交易编号吗？ |
| --- | --- | --- |
| 交易编号 | OKPay 账单和收据，以 TX 开头 | 是 |
| 订单号 | 商家网站或商家小票 | 不是，但申请退款时有用 |
| 银行流水号 | 银行账单中“OKPAY”字样后面 | 不是，但查询提现时有用 |
| 受理编号 | 提交举报或反馈后收到的回复 | 不是，用于在[进度查询](/zh-hans/status/)页面查询您的工单 |

## 可以放心提供，但要注意分寸

交易编号可以放心提供给 OKPay 官方客服。**但绝不要透露您的登录密码、支付密码或验证码**——OKPay 工作人员永远不会向您索要这些信息。如果有人索要，请参阅[常见骗局](/zh-hans/faq/scams-reporting/common-scams/)。""",
            "zh_hant": """OKPay 的每一筆付款、儲值、提領與退款，都有專屬的交易編號，開頭為 **TX**，後面接 16 碼英數字，例如 `TX24051893KQ7F2M0A`。聯絡客服時附上交易編號，我們就能最快找到您詢問的那筆交易。

## 在 App 中查看

1. 點選畫面下方的 `交易紀錄`。
2. 找到該筆交易（可用名稱或金額搜尋）並點選。
3. 往下滑到「交易明細」，就能看到交易編號，點選旁邊的複製圖示即可複製。

## 在電子郵件收據中查看

每筆交易完成後，我們都會寄送收據到您註冊的電子郵件信箱，交易編號就在金額下方。

## 容易搞混的幾組號碼

| 號碼 | 出現在哪裡 | 是交易編號嗎？ |
| --- | --- | --- |
| 交易編號 | OKPay 交易紀錄與收據，開頭為 TX | 是 |
| 訂單編號 | 商家網站或收據 | 不是，但申請退款時用得到 |
| 銀行參考號碼 | 銀行對帳單上「OKPAY」字樣後面 | 不是，但查詢提領時用得到 |
| 案件編號 | 送出通報或意見後收到的回覆 | 不是，用來在[進度查詢](/zh-hant/status/)頁面查詢您的案件 |

## 可以放心提供，但有些資料絕不能給

交易編號可以放心提供給 OKPay 官方客服。**但千萬不要透露登入密碼、交易密碼或簡訊驗證碼**——OKPay 人員絕不會向您索取這些資料。若有人向您索取，請參考[常見詐騙手法](/zh-hant/faq/scams-reporting/common-scams/)。""",
        },
    },
    {
        "slug": "uk-faster-payments",
        "category": "payments-transfers",
        "regions": ["gb"],
        "related": ["how-to-withdraw", "withdrawal-times-by-region", "sent-to-wrong-recipient"],
        "views": 640,
        "title": {
            "en": "Withdrawals and payments to UK bank accounts (Faster Payments)",
            "zh_hans": "提现及转账到英国银行账户（Faster Payments）",
            "zh_hant": "提領及轉帳至英國銀行帳戶（Faster Payments）",
        },
        "summary": {
            "en": "UK accounts send money to UK bank accounts by Faster Payments, usually within minutes, 24/7. You need the sort code, account number and the exact name on the account.",
            "zh_hans": "英国账户通过 Faster Payments 向英国银行账户转账，通常几分钟内到账，全天候运行。需要 sort code、账号以及与银行记录一致的户名。",
            "zh_hant": "英國帳戶透過 Faster Payments 轉帳至英國銀行帳戶，通常幾分鐘內入帳，全年無休。需要 sort code、帳號以及與銀行紀錄相同的戶名。",
        },
        "keywords": {
            "en": "Faster Payments, UK bank, sort code, account number, GBP withdrawal, name check, Confirmation of Payee, pounds",
            "zh_hans": "英国银行, 英镑提现, sort code, 收款人姓名核对, Faster Payments, 英国转账",
            "zh_hant": "英國銀行, 英鎊提領, sort code, 戶名核對, Faster Payments, 英國轉帳",
        },
        "body": {
            "en": """For OKPay accounts registered in the UK, money sent to a UK bank account, whether it's your own account or someone else's, goes by **Faster Payments**. It runs 24 hours a day, including weekends and bank holidays.

## What you need

- the 6-digit **sort code** and the 8-digit **account number**
- the **account holder's name**, exactly as the bank has it

## Name check when you add an account

When you add a new bank account, we check the name with the receiving bank and show you one of these results:

- **Match**: the details are right; carry on.
- **Close match**: we show the name the bank holds. Update it if that's who you meant to pay.
- **No match**: stop and check with the account holder. **If someone gave you these details by phone, text or social media, it could be a scam.** Don't let anyone rush you.
- **Unable to check**: some accounts can't be checked. Only continue if you're sure the details are right.

## Times, fees and limits

- Money usually arrives within minutes, occasionally up to 2 hours.
- The first payment to a new account may be held for up to 24 hours for a security check.
- There's no fee.
- Fully verified accounts can withdraw up to GBP 4,000 a day to their own account. Payments to other people count towards your monthly sending limit of GBP 8,000. Some banks set lower limits for incoming payments.

## If the money hasn't arrived

1. Check the status in `Activity`. *Completed* means the payment has left OKPay.
2. Ask the receiving bank to trace it, using the Faster Payments reference shown in the transaction details.
3. If the bank can't find it, [contact us](/en/contact/) with the transaction ID, amount, date, sort code and the last four digits of the account number.

Sent it to the wrong account? See [I sent money to the wrong person](/en/faq/payments-transfers/sent-to-wrong-recipient/).""",
            "zh_hans": """在英国注册的 OKPay 账户，向英国银行账户转出资金（无论是提现到本人账户，还是转给他人）都通过 **Faster Payments（英国快速支付系统）**处理。该系统 7×24 小时运行，周末和银行假日也不例外。

## 需要准备的信息

- 6 位数的 **sort code**（银行分行代码）和 8 位数的**账号**
- 与银行记录**完全一致**的账户持有人姓名

## 添加账户时的户名核对

添加新的银行账户时，我们会向收款银行核对户名，并显示以下结果之一：

- **匹配**：信息正确，可以继续。
- **接近匹配**：页面会显示银行登记的户名。如果确实是您要转账的人，请更新户名后再继续。
- **不匹配**：请先停下来，与账户持有人核实。**如果这些账户信息是别人通过电话、短信或社交媒体发给您的，很可能是诈骗。**不要在对方催促下继续操作。
- **无法核对**：部分账户无法核对。只有在您确定信息无误时才继续。

## 到账时间、手续费和限额

- 通常几分钟内到账，偶尔需要 2 小时。
- 首次转到新账户时，可能因安全审核暂缓最多 24 小时。
- 免手续费。
- 已完成高级认证的账户，每日最多可提现 4,000 英镑到本人账户；转给他人的款项计入每月 8,000 英镑的转账限额。部分银行对入账金额设有更低的上限。

## 款项未到账

1. 在 `账单` 中查看状态。显示“已完成”，说明款项已从 OKPay 转出。
2. 凭交易详情中的 Faster Payments 参考号，请收款银行协助查询。
3. 如果银行查不到，请[联系客服](/zh-hans/contact/)，并提供交易编号、金额、日期、sort code 和账号后四位。

转错了账户？请参阅[转错账了怎么办？](/zh-hans/faq/payments-transfers/sent-to-wrong-recipient/)""",
            "zh_hant": """在英國註冊的 OKPay 帳戶，轉到英國銀行帳戶的款項（不論是提領到自己的帳戶或轉給他人），一律透過 **Faster Payments（英國快速支付系統）**處理。系統全年無休、24 小時運作，週末與銀行假日也照常。

## 需要準備的資料

- 6 位數的 **sort code**（分行代碼）與 8 位數的**帳號**
- 與銀行紀錄**完全相同**的帳戶持有人姓名

## 新增帳戶時的戶名核對

新增銀行帳戶時，我們會向收款銀行核對戶名，並顯示下列其中一種結果：

- **相符**：資料正確，可以繼續。
- **接近相符**：畫面會顯示銀行登記的戶名。若確實是您要轉帳的對象，請更新戶名後再繼續。
- **不相符**：請先暫停，向帳戶持有人確認。**如果這組帳戶資料是別人透過電話、簡訊或社群媒體給您的，很可能是詐騙。**不要在對方催促下繼續操作。
- **無法核對**：有些帳戶無法核對。除非您確定資料無誤，否則請勿繼續。

## 入帳時間、手續費與額度

- 通常幾分鐘內入帳，偶爾需要 2 小時。
- 第一次轉入新帳戶時，可能因安全檢查暫緩最多 24 小時。
- 不收手續費。
- 完成完整驗證的帳戶，每日最多可提領 4,000 英鎊到本人帳戶；轉給他人的款項則計入每月 8,000 英鎊的轉帳額度。部分銀行對入帳金額另設較低上限。

## 款項沒有入帳

1. 到 `交易紀錄` 查看狀態。顯示「已完成」代表款項已從 OKPay 轉出。
2. 以交易明細中的 Faster Payments 參考號碼，請收款銀行協助追查。
3. 若銀行查不到，請[聯絡客服](/zh-hant/contact/)，並提供交易編號、金額、日期、sort code 以及帳號末四碼。

轉錯帳戶了嗎？請參考[轉錯帳了怎麼辦？](/zh-hant/faq/payments-transfers/sent-to-wrong-recipient/)""",
        },
    },
    # ------------------------------------------------------------------
    # Fees, exchange rates and limits
    # ------------------------------------------------------------------
    {
        "slug": "fees-and-exchange-rates",
        "category": "fees-limits",
        "regions": [],
        "related": ["limits-and-how-to-raise", "add-money", "how-to-withdraw"],
        "views": 3560,
        "title": {
            "en": "Fees and exchange rates",
            "zh_hans": "手续费与汇率",
            "zh_hant": "手續費與匯率",
        },
        "summary": {
            "en": "Sending money to other OKPay users and standard withdrawals are free. See what we charge for credit card top-ups, express and international withdrawals, and currency conversion.",
            "zh_hans": "向其他 OKPay 用户转账和普通提现均免费。本文列出信用卡充值、快速提现、境外提现及货币兑换的收费标准。",
            "zh_hant": "轉帳給其他 OKPay 使用者及一般提領皆免費。本文列出信用卡儲值、快速提領、跨境提領與貨幣兌換的收費標準。",
        },
        "keywords": {
            "en": "fees, charges, cost, price, exchange rate, currency conversion, FX, withdrawal fee, credit card fee, international transfer fee",
            "zh_hans": "手续费, 收费, 费用, 汇率, 货币兑换, 换汇, 提现手续费, 信用卡充值手续费, 境外汇款费",
            "zh_hant": "手續費, 收費, 費用, 匯率, 貨幣兌換, 換匯, 提領手續費, 信用卡儲值手續費, 跨境匯款費",
        },
        "body": {
            "en": """We show any fee on the confirmation screen before you pay, so you're never charged something you haven't seen. These are the standard fees for personal accounts.

## Everyday fees

| Service | Fee |
| --- | --- |
| Add money by bank transfer or debit card | Free |
| Add money by credit card | 2.5% |
| Send money to another OKPay user | Free (conversion fee applies if currencies differ) |
| Receive money | Free |
| Pay a merchant | Free |
| Currency conversion | 1.5% above the reference rate (2% at weekends) |

## Withdrawal fees by region

| Region | Standard | Express | International |
| --- | --- | --- | --- |
| Mainland China | Free | 0.1% (min. CNY 1) | Not available |
| Hong Kong | Free (FPS) | Not offered | HKD 80 |
| Taiwan | Free | 0.5% (min. TWD 15) | TWD 300 |
| Singapore | Free (FAST) | Not offered | SGD 15 |
| United States | Free | 1.5% (min. USD 0.25) | USD 15 |
| United Kingdom | Free (Faster Payments) | Not offered | GBP 8 |

For international transfers, your bank or an intermediary bank may charge its own fee.

## How currency conversion works

When you pay, send or withdraw in a currency other than your balance, we convert the money at our **reference rate**, which follows market rates and is updated every minute, and add the conversion fee above. Once the rate is shown, it's locked for 60 seconds.

*Example:* you convert HKD 1,000 to TWD. At a reference rate of 4.10, that's TWD 4,100. The 1.5% fee is TWD 61.50, so you receive **TWD 4,038.50**.

**Tip:** when a shop or cash machine abroad offers to charge you in your home currency, choose the local currency instead. Their rate is usually worse than ours.

Questions about a fee on your account? [Contact us](/en/contact/) with the transaction ID.""",
            "zh_hans": """所有费用都会在付款前的确认页面显示，不会收取您事先没看到的费用。以下为个人账户的标准收费。

## 日常收费

| 服务 | 手续费 |
| --- | --- |
| 银行转账或借记卡充值 | 免费 |
| 信用卡充值 | 2.5% |
| 向其他 OKPay 用户转账 | 免费（币种不同时收取兑换手续费） |
| 收款 | 免费 |
| 向商家付款 | 免费 |
| 货币兑换 | 在参考汇率基础上加收 1.5%（周末 2%） |

## 各地区提现手续费

| 地区 | 普通提现 | 快速提现 | 境外提现 |
| --- | --- | --- | --- |
| 中国大陆 | 免费 | 0.1%（最低 1 元） | 暂不支持 |
| 中国香港 | 免费（转数快 FPS） | 不提供 | 80 港元 |
| 台湾 | 免费 | 0.5%（最低 15 新台币） | 300 新台币 |
| 新加坡 | 免费（FAST） | 不提供 | 15 新加坡元 |
| 美国 | 免费 | 1.5%（最低 0.25 美元） | 15 美元 |
| 英国 | 免费（Faster Payments） | 不提供 | 8 英镑 |

境外汇款时，您的银行或中转行可能另行收费。

## 货币兑换怎么算

当您付款、转账或提现的币种与余额币种不同时，我们会按照**参考汇率**（跟随市场汇率，每分钟更新）进行兑换，并加收上表中的兑换手续费。汇率显示后锁定 60 秒。

*举例*：您把 1,000 港元兑换成新台币。参考汇率为 4.10 时，可兑换 4,100 新台币；扣除 1.5% 的手续费 61.50 新台币后，实际到账 **4,038.50 新台币**。

**小贴士**：在境外商店或 ATM 消费取款时，如果对方提出“用您本国货币结算”，建议选择当地货币结算，对方给出的汇率通常不如我们的划算。

对某笔扣费有疑问？请提供交易编号[联系客服](/zh-hans/contact/)。""",
            "zh_hant": """所有費用都會在付款前的確認畫面上列出，絕不會收取您事先沒看到的費用。以下為個人帳戶的標準收費。

## 日常收費

| 服務 | 手續費 |
| --- | --- |
| 以銀行轉帳或金融卡儲值 | 免費 |
| 以信用卡儲值 | 2.5% |
| 轉帳給其他 OKPay 使用者 | 免費（幣別不同時收取兌換手續費） |
| 收款 | 免費 |
| 付款給商家 | 免費 |
| 貨幣兌換 | 參考匯率加收 1.5%（週末 2%） |

## 各地區提領手續費

| 地區 | 一般提領 | 快速提領 | 跨境提領 |
| --- | --- | --- | --- |
| 中國大陸 | 免費 | 0.1%（最低人民幣 1 元） | 不提供 |
| 香港 | 免費（轉數快 FPS） | 不提供 | 港幣 80 元 |
| 台灣 | 免費 | 0.5%（最低新台幣 15 元） | 新台幣 300 元 |
| 新加坡 | 免費（FAST） | 不提供 | 新加坡幣 15 元 |
| 美國 | 免費 | 1.5%（最低 0.25 美元） | 15 美元 |
| 英國 | 免費（Faster Payments） | 不提供 | 8 英鎊 |

跨境匯款時，您的銀行或中間行可能另收費用。

## 貨幣兌換如何計算

當您付款、轉帳或提領的幣別與餘額幣別不同時，我們會依**參考匯率**（隨市場匯率每分鐘更新）換算，並加收上表的兌換手續費。匯率顯示後會鎖定 60 秒。

*範例*：您將港幣 1,000 元兌換成新台幣。參考匯率為 4.10 時，可換得新台幣 4,100 元；扣除 1.5% 手續費新台幣 61.5 元後，實收**新台幣 4,038.5 元**。

**小提醒**：在海外刷卡或用 ATM 提款時，若對方詢問是否以您本國貨幣結帳，建議選擇以當地貨幣結帳，對方提供的匯率通常比我們的差。

對某筆收費有疑問嗎？請附上交易編號[聯絡客服](/zh-hant/contact/)。""",
        },
    },
    {
        "slug": "limits-and-how-to-raise",
        "category": "fees-limits",
        "regions": [],
        "related": ["fees-and-exchange-rates", "how-to-withdraw", "send-money-hong-kong-taiwan"],
        "views": 2890,
        "title": {
            "en": "Account limits and how to raise them",
            "zh_hans": "账户限额及如何提高",
            "zh_hant": "帳戶額度與如何提高",
        },
        "summary": {
            "en": "See the balance, monthly sending and daily withdrawal limits for your region, and how to raise them by completing verification or asking for a review.",
            "zh_hans": "查看所在地区的余额上限、每月转账和每日提现限额，以及如何通过完成认证或申请审核来提高限额。",
            "zh_hant": "查看所在地區的餘額上限、每月轉帳與每日提領額度，以及如何透過完成驗證或申請審核來提高額度。",
        },
        "keywords": {
            "en": "limits, daily limit, monthly limit, raise limit, increase limit, maximum balance, sending limit, withdrawal limit",
            "zh_hans": "限额, 每日限额, 每月限额, 提高限额, 额度, 余额上限, 提现限额, 转账限额",
            "zh_hant": "額度, 限額, 每日額度, 提高額度, 上限, 餘額上限, 提領額度, 轉帳額度",
        },
        "body": {
            "en": """Limits protect your money if someone else gets into your account, and some are required by local rules. You can see your own limits, and how much of them you've used, in `Me > Account limits`.

## Limits for fully verified personal accounts

| Region | Maximum balance | Sending per month | Withdrawals per day |
| --- | --- | --- | --- |
| Mainland China | CNY 140,000 | CNY 70,000 | CNY 35,000 |
| Hong Kong | HKD 150,000 | HKD 75,000 | HKD 38,000 |
| Taiwan | TWD 600,000 | TWD 300,000 | TWD 150,000 |
| Singapore | SGD 27,000 | SGD 13,500 | SGD 6,500 |
| United States | USD 20,000 | USD 10,000 | USD 5,000 |
| United Kingdom | GBP 16,000 | GBP 8,000 | GBP 4,000 |

Accounts with basic verification have about a tenth of these limits. Unverified accounts can hold only a small balance and can't send or withdraw money. Daily limits reset at midnight local time, monthly limits on the 1st of each month.

## How to raise your limits

1. **Complete full verification.** Go to `Me > Verify identity` and add proof of address. This is the quickest way to a higher limit.
2. **Need more than the amounts above?** Go to `Me > Account limits > Request higher limits`.
3. Upload proof of where your money comes from, such as recent payslips, a bank statement or a sale contract.
4. We review requests within 3 business days and tell you the result in the app. If we approve, your sending and withdrawal limits can be up to doubled.

**OKPay never charges a fee to raise your limits or to "unlock" your account. Anyone asking you to pay for this is a scammer**: please [report them](/en/report/).

If your request is turned down and you think we got it wrong, [contact us](/en/contact/).""",
            "zh_hans": """限额可以在账户被他人盗用时保护您的资金，部分限额也是当地监管规定的要求。您可以在 `我的 > 账户限额` 中查看自己的限额和已用额度。

## 已完成高级认证的个人账户限额

| 地区 | 余额上限 | 每月转账 | 每日提现 |
| --- | --- | --- | --- |
| 中国大陆 | 140,000 元 | 70,000 元 | 35,000 元 |
| 中国香港 | 150,000 港元 | 75,000 港元 | 38,000 港元 |
| 台湾 | 600,000 新台币 | 300,000 新台币 | 150,000 新台币 |
| 新加坡 | 27,000 新加坡元 | 13,500 新加坡元 | 6,500 新加坡元 |
| 美国 | 20,000 美元 | 10,000 美元 | 5,000 美元 |
| 英国 | 16,000 英镑 | 8,000 英镑 | 4,000 英镑 |

仅完成基础认证的账户，限额约为上表的十分之一；未认证的账户只能保留少量余额，不能转账或提现。每日限额在当地时间零点重置，每月限额在每月 1 日重置。

## 如何提高限额

1. **完成高级认证。**进入 `我的 > 身份认证`，补充地址证明。这是提高限额最快的方法。
2. **需要超过上表的额度？**进入 `我的 > 账户限额 > 申请提高限额`。
3. 上传资金来源证明，例如近期工资单、银行流水或买卖合同。
4. 我们会在 3 个工作日内完成审核，并在 App 内通知结果。审核通过后，转账和提现限额最多可提高一倍。

**OKPay 提高限额或“解冻”账户从不收取任何费用。凡是要求您为此付款的，都是骗子**——请[立即举报](/zh-hans/report/)。

如果申请被拒，而您认为审核有误，请[联系客服](/zh-hans/contact/)。""",
            "zh_hant": """額度能在帳戶遭他人盜用時保護您的資金，部分額度也是當地法規的要求。您可以在 `我的 > 帳戶額度` 查看自己的額度與已使用的金額。

## 完成完整驗證的個人帳戶額度

| 地區 | 餘額上限 | 每月轉帳 | 每日提領 |
| --- | --- | --- | --- |
| 中國大陸 | 人民幣 140,000 元 | 人民幣 70,000 元 | 人民幣 35,000 元 |
| 香港 | 港幣 150,000 元 | 港幣 75,000 元 | 港幣 38,000 元 |
| 台灣 | 新台幣 600,000 元 | 新台幣 300,000 元 | 新台幣 150,000 元 |
| 新加坡 | 新加坡幣 27,000 元 | 新加坡幣 13,500 元 | 新加坡幣 6,500 元 |
| 美國 | 20,000 美元 | 10,000 美元 | 5,000 美元 |
| 英國 | 16,000 英鎊 | 8,000 英鎊 | 4,000 英鎊 |

僅完成基本驗證的帳戶，額度約為上表的十分之一；未驗證的帳戶只能存放少量餘額，無法轉帳或提領。每日額度於當地時間午夜重新計算，每月額度則於每月 1 日重新計算。

## 如何提高額度

1. **完成完整驗證。**前往 `我的 > 身分驗證`，補上地址證明。這是提高額度最快的方法。
2. **需要比上表更高的額度？**前往 `我的 > 帳戶額度 > 申請提高額度`。
3. 上傳資金來源證明，例如近期薪資單、銀行對帳單或買賣契約。
4. 我們會在 3 個工作天內完成審核，並透過 App 通知結果。核准後，轉帳與提領額度最多可提高一倍。

**OKPay 提高額度或「解除凍結」都不收取任何費用。要您為此付錢的，一定是詐騙集團**——請[立即通報](/zh-hant/report/)。

若申請遭拒，而您認為審核有誤，請[聯絡客服](/zh-hant/contact/)。""",
        },
    },
    {
        "slug": "send-money-hong-kong-taiwan",
        "category": "fees-limits",
        "regions": ["hk", "tw"],
        "related": ["fees-and-exchange-rates", "limits-and-how-to-raise", "common-scams"],
        "views": 520,
        "title": {
            "en": "Sending money between Hong Kong and Taiwan",
            "zh_hans": "在中国香港与台湾之间转账",
            "zh_hant": "港台之間轉帳",
        },
        "summary": {
            "en": "OKPay users in Hong Kong and Taiwan can send each other money almost instantly. There's no transfer fee; only the HKD–TWD conversion fee applies.",
            "zh_hans": "中国香港与台湾的 OKPay 用户之间可以互相转账，通常即时到账。不收转账手续费，只收取港元与新台币的兑换手续费。",
            "zh_hant": "香港與台灣的 OKPay 使用者可以互相轉帳，通常即時入帳。不收轉帳手續費，只收取港幣與新台幣的兌換手續費。",
        },
        "keywords": {
            "en": "Hong Kong, Taiwan, cross-border transfer, HKD to TWD, TWD to HKD, send money abroad, exchange rate",
            "zh_hans": "跨境转账, 港元换新台币, 新台币换港元, 香港转台湾, 台湾转香港, 汇率",
            "zh_hant": "跨境轉帳, 港幣換台幣, 台幣換港幣, 香港轉台灣, 台灣轉香港, 匯率, 港台匯款",
        },
        "body": {
            "en": """OKPay customers in Hong Kong and Taiwan can send money to each other in the app, almost like a local transfer. The only difference is that the money is converted between HKD and TWD on the way.

## How to send

1. Tap **Send** and choose the recipient by phone number or OKPay ID. Recipients in the other region are marked with their region.
2. Enter the amount in your currency or theirs. The app shows the exchange rate, the conversion fee and exactly what they'll receive.
3. Choose the purpose of the payment, for example family support or a gift. We have to ask for every cross-border payment.
4. Confirm. The rate stays locked for 60 seconds while you do.

## Fees, times and limits

| | Hong Kong to Taiwan | Taiwan to Hong Kong |
| --- | --- | --- |
| Transfer fee | Free | Free |
| Conversion fee | 1.5% (2% at weekends) | 1.5% (2% at weekends) |
| Arrival | Usually instant | Usually instant |
| Maximum per transfer | HKD 20,000 | TWD 80,000 |

Cross-border transfers count towards your monthly sending limit. The first transfer to a new recipient may be held for up to 24 hours for a security check.

*Example:* you send HKD 1,000. At a reference rate of 4.10, your recipient gets TWD 4,038.50 after the 1.5% conversion fee.

Sending to a **bank account** in the other region is an international bank transfer: it costs HKD 80 or TWD 300 and takes 3–5 business days. See [Fees and exchange rates](/en/faq/fees-limits/fees-and-exchange-rates/).

## Stay safe

**Be very wary if someone you've only met online asks you to send money across the border, to an "agent", a "platform" or to release an investment.** This is how many task and investment scams move money. Read [Common scams](/en/faq/scams-reporting/common-scams/) and [report](/en/report/) anything suspicious.""",
            "zh_hans": """中国香港与台湾的 OKPay 用户可以在 App 内互相转账，操作和本地转账几乎一样，唯一的区别是款项会在港元和新台币之间兑换。

## 转账步骤

1. 点击**转账**，通过手机号或 OKPay ID 选择收款人。对方如在另一地区，会标注其所在地区。
2. 输入金额，可以用您的币种或对方的币种填写。页面会显示汇率、兑换手续费以及对方实际收到的金额。
3. 选择转账用途，例如家庭生活费或赠与。每笔跨境转账我们都需要了解用途。
4. 确认转账。确认期间汇率锁定 60 秒。

## 手续费、到账时间和限额

| 项目 | 中国香港转台湾 | 台湾转中国香港 |
| --- | --- | --- |
| 转账手续费 | 免费 | 免费 |
| 兑换手续费 | 1.5%（周末 2%） | 1.5%（周末 2%） |
| 到账时间 | 通常即时到账 | 通常即时到账 |
| 单笔上限 | 20,000 港元 | 80,000 新台币 |

跨境转账计入您的每月转账限额。首次向新的收款人转账时，可能因安全审核暂缓最多 24 小时。

*举例*：您转出 1,000 港元，参考汇率为 4.10，扣除 1.5% 兑换手续费后，对方收到 4,038.50 新台币。

如果转到另一地区的**银行账户**，则属于境外汇款，收费 80 港元或 300 新台币，需要 3–5 个工作日。详见[手续费与汇率](/zh-hans/faq/fees-limits/fees-and-exchange-rates/)。

## 注意安全

**如果只在网上认识的人要求您跨境转钱给“代理”“平台”，或者说要转钱才能提取投资收益，请务必提高警惕。**很多刷单和投资骗局就是这样转移资金的。请阅读[常见骗局](/zh-hans/faq/scams-reporting/common-scams/)，发现可疑情况请[举报](/zh-hans/report/)。""",
            "zh_hant": """香港與台灣的 OKPay 使用者可以直接在 App 內互相轉帳，操作跟本地轉帳幾乎一樣，唯一的差別是款項會在港幣與新台幣之間兌換。

## 轉帳步驟

1. 點選「轉帳」，以手機號碼或 OKPay ID 選擇收款人。對方若在另一地區，會標示其所在地。
2. 輸入金額，可用您的幣別或對方的幣別填寫。畫面會顯示匯率、兌換手續費，以及對方實際收到的金額。
3. 選擇匯款用途，例如家用或贈與。每筆跨境轉帳我們都必須詢問用途。
4. 確認轉帳。確認期間匯率會鎖定 60 秒。

## 手續費、入帳時間與額度

| 項目 | 香港轉台灣 | 台灣轉香港 |
| --- | --- | --- |
| 轉帳手續費 | 免費 | 免費 |
| 兌換手續費 | 1.5%（週末 2%） | 1.5%（週末 2%） |
| 入帳時間 | 通常即時入帳 | 通常即時入帳 |
| 單筆上限 | 港幣 20,000 元 | 新台幣 80,000 元 |

跨境轉帳會計入您的每月轉帳額度。第一次轉帳給新的收款人時，可能因安全檢查暫緩最多 24 小時。

*範例*：您轉出港幣 1,000 元，參考匯率為 4.10，扣除 1.5% 兌換手續費後，對方會收到新台幣 4,038.5 元。

若是轉到另一地區的**銀行帳戶**，則屬於跨境匯款，手續費為港幣 80 元或新台幣 300 元，需時 3–5 個工作天。詳見[手續費與匯率](/zh-hant/faq/fees-limits/fees-and-exchange-rates/)。

## 注意安全

**只在網路上認識的人，若要求您跨境轉錢給「代理」、「平台」，或說要先匯款才能領出投資獲利，請務必提高警覺。**許多假打工、投資詐騙都是用這種方式轉移贓款。請閱讀[常見詐騙手法](/zh-hant/faq/scams-reporting/common-scams/)，發現可疑情況請[立即通報](/zh-hant/report/)。""",
        },
    },
    # ------------------------------------------------------------------
    # Refunds and disputes
    # ------------------------------------------------------------------
    {
        "slug": "request-a-refund",
        "category": "refunds-disputes",
        "regions": [],
        "related": ["how-long-refunds-take", "dispute-a-charge", "find-transaction-id"],
        "views": 1760,
        "title": {
            "en": "How to get a refund from a merchant",
            "zh_hans": "如何向商家申请退款",
            "zh_hant": "如何向商家申請退款",
        },
        "summary": {
            "en": "Refunds for purchases come from the merchant. Ask them first, with your transaction ID and order number; if they don't help within 7 days, open a dispute.",
            "zh_hans": "购物退款由商家发起。请先提供交易编号和订单号联系商家；如果 7 天内未获处理，可以发起争议。",
            "zh_hant": "購物退款由商家辦理。請先提供交易編號與訂單編號聯絡商家；若 7 天內未獲處理，可以提出爭議。",
        },
        "keywords": {
            "en": "refund, money back, return item, merchant refund, cancel order, cancel subscription, partial refund",
            "zh_hans": "退款, 申请退款, 退货, 商家退款, 取消订单, 取消订阅, 部分退款",
            "zh_hant": "退款, 申請退款, 退貨, 商家退款, 取消訂單, 取消訂閱, 部分退款",
        },
        "body": {
            "en": """When you pay a shop or an online service with OKPay, the merchant decides whether to give you a refund and sends it back through OKPay. Asking the merchant is almost always the quickest way to get your money back.

## Steps

1. Open `Activity`, tap the payment, then tap **Contact merchant** to see the merchant's contact details.
2. Explain what went wrong and give them the **transaction ID** ([where to find it](/en/faq/payments-transfers/find-transaction-id/)) and your **order number**.
3. If the merchant agrees, they issue the refund. It appears in `Activity` as *Refund*, linked to the original payment.
4. If the merchant doesn't reply within 7 days, or refuses a refund you believe you're owed, [open a dispute](/en/faq/refunds-disputes/dispute-a-charge/).

## Good to know

- Refunds go back the way you paid: to your OKPay balance if you paid from it, or to your card if you paid by card. See [How long do refunds take?](/en/faq/refunds-disputes/how-long-refunds-take/)
- A merchant can refund part of a payment, for example if you return one item from an order.
- To stop future charges for a subscription, cancel it with the merchant **and** in `Me > Automatic payments`.

## Watch out for fake "refund" calls

**A real refund never requires you to give a verification code, install an app or pay a "processing fee".** If someone calls or messages to offer a refund you didn't ask for, hang up and check the number on our [Is it really us?](/en/contact/verify/) page.

Need help with a refund? [Contact us](/en/contact/). To tell us how a merchant handled your request, use the [feedback form](/en/feedback/).""",
            "zh_hans": """用 OKPay 向商店或网上服务付款后，是否退款由商家决定，退款也会通过 OKPay 原路退回。直接联系商家，几乎总是拿回钱最快的办法。

## 操作步骤

1. 打开 `账单`，点击这笔付款，再点击**联系商家**，查看商家的联系方式。
2. 说明遇到的问题，并提供**交易编号**（[在哪里找](/zh-hans/faq/payments-transfers/find-transaction-id/)）和**订单号**。
3. 商家同意后会发起退款，`账单` 中会出现一笔与原付款关联的“退款”记录。
4. 如果商家 7 天内没有回复，或拒绝了您认为应得的退款，可以[发起争议](/zh-hans/faq/refunds-disputes/dispute-a-charge/)。

## 须知

- 退款按原支付方式退回：用 OKPay 余额支付的退回余额，用银行卡支付的退回银行卡。详见[退款多久到账？](/zh-hans/faq/refunds-disputes/how-long-refunds-take/)
- 商家可以部分退款，例如您只退回了订单中的一件商品。
- 如果要停止订阅的后续扣费，除了向商家取消，还要在 `我的 > 自动扣款` 中关闭。

## 警惕假冒“退款”电话

**真正的退款绝不需要您提供验证码、下载 App 或支付“手续费”。**如果有人主动打电话或发信息说要给您退款，而您并没有申请过，请立即挂断，并在[“真的是我们吗？”](/zh-hans/contact/verify/)页面核实对方号码。

需要退款方面的帮助？请[联系客服](/zh-hans/contact/)。如果想告诉我们商家的处理情况，欢迎填写[意见反馈](/zh-hans/feedback/)。""",
            "zh_hant": """使用 OKPay 付款給商店或線上服務後，是否退款由商家決定，退款也會經由 OKPay 退回。直接聯絡商家，幾乎都是拿回款項最快的方法。

## 申請步驟

1. 開啟 `交易紀錄`，點選該筆付款，再點選「聯絡商家」，查看商家的聯絡方式。
2. 說明發生的問題，並提供**交易編號**（[去哪裡找](/zh-hant/faq/payments-transfers/find-transaction-id/)）及**訂單編號**。
3. 商家同意後會辦理退款，`交易紀錄` 中會出現一筆與原付款連結的「退款」。
4. 若商家 7 天內未回覆，或拒絕您認為應得的退款，可以[提出爭議](/zh-hant/faq/refunds-disputes/dispute-a-charge/)。

## 注意事項

- 退款會退回原付款方式：以 OKPay 餘額付款的退回餘額，以卡片付款的退回卡片。詳見[退款多久會入帳？](/zh-hant/faq/refunds-disputes/how-long-refunds-take/)
- 商家可以只退部分金額，例如您只退回訂單中的一件商品。
- 若要停止訂閱服務繼續扣款，除了向商家取消，也請到 `我的 > 自動扣款` 關閉。

## 小心假冒「退款」來電

**真正的退款絕不需要您提供驗證碼、下載 App 或支付「手續費」。**若有人主動來電或傳訊息說要退款給您，而您根本沒有申請，請立刻掛斷，並到[「真的是我們嗎？」](/zh-hant/contact/verify/)頁面查證對方號碼。

需要退款相關協助嗎？請[聯絡客服](/zh-hant/contact/)。想告訴我們商家的處理情形，歡迎填寫[意見回饋](/zh-hant/feedback/)。""",
        },
    },
    {
        "slug": "how-long-refunds-take",
        "category": "refunds-disputes",
        "regions": [],
        "related": ["request-a-refund", "dispute-a-charge", "payment-failed-or-not-received"],
        "views": 2020,
        "title": {
            "en": "How long do refunds take?",
            "zh_hans": "退款多久到账？",
            "zh_hant": "退款多久會入帳？",
        },
        "summary": {
            "en": "Refunds to your OKPay balance usually arrive within minutes. Refunds to cards and bank accounts take 3–10 business days, depending on your bank.",
            "zh_hans": "退回 OKPay 余额的退款通常几分钟内到账；退回银行卡或银行账户需要 3–10 个工作日，具体取决于您的银行。",
            "zh_hant": "退回 OKPay 餘額的退款通常幾分鐘內入帳；退回卡片或銀行帳戶則需 3–10 個工作天，依您的銀行而定。",
        },
        "keywords": {
            "en": "refund time, refund not received, how long refund, refund pending, refund missing, ARN, refund to card",
            "zh_hans": "退款多久到账, 退款没到账, 退款时间, 退款进度, 退款到银行卡, 退款查询",
            "zh_hant": "退款多久入帳, 退款沒收到, 退款時間, 退款進度, 退款到信用卡, 退款查詢",
        },
        "body": {
            "en": """Once a merchant has issued a refund, how long it takes to reach you depends on how you paid. Count from the day the refund appears in your `Activity`, not from the day the merchant promised it.

## Refund times

| How you paid | When the refund reaches you |
| --- | --- |
| OKPay balance | Usually within minutes |
| Debit card | 3–5 business days |
| Credit card | 5–10 business days; it may only show on your next statement |
| Bank account | 3–7 business days |

## Refunds involving another currency

A refund is converted at the reference rate on the day of the refund, so the amount can differ slightly from what you paid. A small difference caused by exchange-rate changes isn't a mistake.

## The merchant says they've refunded you, but you can't see it

1. Look in `Activity` for a *Refund* linked to the original payment.
2. If you paid by card and the refund shows as *Completed*, ask us for the **refund reference (ARN)**. Your card issuer can use it to trace the money.
3. If there's no refund in `Activity` at all, the merchant hasn't sent it yet. Ask them for the date and amount of the refund.

## Still missing?

If a refund is more than 2 business days past the times above, [contact us](/en/contact/) with:

- the transaction IDs of the original payment and of the refund
- the amount and date the merchant says they refunded
- a screenshot of the merchant's refund confirmation

If the merchant never issues the refund they promised, you can [dispute the charge](/en/faq/refunds-disputes/dispute-a-charge/).""",
            "zh_hans": """商家发起退款后，到账时间取决于您当初的支付方式。请从退款出现在 `账单` 中的那天开始计算，而不是从商家承诺退款的那天算起。

## 退款到账时间

| 原支付方式 | 退款到账时间 |
| --- | --- |
| OKPay 余额 | 通常几分钟内 |
| 借记卡 | 3–5 个工作日 |
| 信用卡 | 5–10 个工作日，可能要到下期账单才显示 |
| 银行账户 | 3–7 个工作日 |

## 涉及外币的退款

退款会按退款当天的参考汇率换算，因此金额可能与付款时略有差异。这种由汇率变动造成的小额差异并非扣款错误。

## 商家说已经退款，但我没看到

1. 在 `账单` 中查看是否有一笔与原付款关联的“退款”。
2. 如果您是刷卡支付，且退款已显示“已完成”，可以向我们索取**退款追踪号（ARN）**，发卡行可凭此查询款项去向。
3. 如果 `账单` 中完全没有退款记录，说明商家还没有发起退款，请向商家确认退款日期和金额。

## 还是没收到？

如果超过上表时间 2 个工作日仍未到账，请[联系客服](/zh-hans/contact/)，并提供：

- 原付款和退款的交易编号
- 商家所说的退款金额和日期
- 商家退款确认的截图

如果商家迟迟不兑现承诺的退款，您可以[对这笔扣款发起争议](/zh-hans/faq/refunds-disputes/dispute-a-charge/)。""",
            "zh_hant": """商家辦理退款後，入帳時間取決於您當初的付款方式。請從退款出現在 `交易紀錄` 的那天開始計算，而不是從商家答應退款的那天算起。

## 退款入帳時間

| 原付款方式 | 退款入帳時間 |
| --- | --- |
| OKPay 餘額 | 通常幾分鐘內 |
| 金融卡 | 3–5 個工作天 |
| 信用卡 | 5–10 個工作天，可能要到下一期帳單才會出現 |
| 銀行帳戶 | 3–7 個工作天 |

## 涉及外幣的退款

退款會依退款當天的參考匯率換算，金額可能與付款時略有不同。這類因匯率變動造成的小額差異並不是扣款錯誤。

## 商家說已退款，我卻沒看到

1. 到 `交易紀錄` 查看是否有一筆與原付款連結的「退款」。
2. 如果您是刷卡付款，而退款已顯示「已完成」，可向我們索取**退款追蹤碼（ARN）**，發卡銀行可據此追查款項。
3. 若 `交易紀錄` 中完全沒有退款，代表商家尚未辦理，請向商家確認退款日期與金額。

## 還是沒收到？

若已超過上表時間 2 個工作天仍未入帳，請[聯絡客服](/zh-hant/contact/)，並提供：

- 原付款及退款的交易編號
- 商家表示已退款的金額與日期
- 商家退款確認的截圖

如果商家遲遲不兌現承諾的退款，您可以[對這筆扣款提出爭議](/zh-hant/faq/refunds-disputes/dispute-a-charge/)。""",
        },
    },
    {
        "slug": "dispute-a-charge",
        "category": "refunds-disputes",
        "regions": [],
        "related": ["request-a-refund", "how-long-refunds-take", "unauthorised-transactions"],
        "views": 1490,
        "title": {
            "en": "Disputing a charge or asking for a chargeback",
            "zh_hans": "对扣款提出争议或申请拒付",
            "zh_hant": "對扣款提出爭議或申請退單",
        },
        "summary": {
            "en": "If a merchant won't put right a problem with a purchase, open a dispute in the app within 180 days. Here's what evidence to send and how card chargebacks fit in.",
            "zh_hans": "商家不解决购物问题时，可在付款后 180 天内在 App 中发起争议。本文说明需要提交哪些证据，以及银行卡拒付的处理方式。",
            "zh_hant": "商家不處理購物問題時，可在付款後 180 天內透過 App 提出爭議。本文說明需要提供哪些證明，以及信用卡退單的處理方式。",
        },
        "keywords": {
            "en": "dispute, chargeback, item not received, not as described, charged twice, claim, merchant won't refund",
            "zh_hans": "争议, 申诉, 拒付, 没收到货, 货不对板, 重复扣款, 商家不退款",
            "zh_hant": "爭議, 申訴, 退單, 帳款爭議, 沒收到貨, 與描述不符, 重複扣款, 商家不退款",
        },
        "body": {
            "en": """Open a dispute when you've tried to sort out a purchase with the merchant and it hasn't worked. **If you don't recognise a payment at all, don't open a dispute: follow [Unauthorised transaction? Do this right now](/en/faq/scams-reporting/unauthorised-transactions/) instead.**

## When you can dispute

- You paid, but the item or service never arrived.
- What you received is significantly different from its description.
- You were charged twice for the same purchase.
- You were charged after cancelling a subscription.

You can open a dispute up to **180 days** after the payment.

## How to open a dispute

1. In `Activity`, tap the payment, then **Report a problem**.
2. Choose the reason and describe what happened in a few sentences.
3. Upload your evidence: receipts, order confirmation, messages with the merchant, photos, delivery tracking or the cancellation confirmation.
4. Submit. The merchant has 10 days to respond.
5. We usually decide within 30 days. If we ask you for more information, reply within 7 days or the case may be closed.

If we decide in your favour, the money goes back the way you paid.

## Card chargebacks

If you paid with a card linked to OKPay, you may also be able to ask your card issuer for a chargeback. **Choose one route, not both:** if you start a chargeback, we close the OKPay dispute and follow your bank's process instead. A chargeback on an OKPay top-up you made yourself can lead to your account being restricted, so please talk to us first.

## While your dispute is open

We only contact you in the app and through our official channels. If someone calls about your dispute and asks for a code or a payment, check them on [Is it really us?](/en/contact/verify/) before you say anything.

Questions about a case? [Contact us](/en/contact/).""",
            "zh_hans": """如果您已经尝试和商家沟通，但问题仍未解决，可以发起争议。**如果您完全不认识这笔扣款，请不要发起争议，而应立即按照[发现未授权交易？请马上这样做](/zh-hans/faq/scams-reporting/unauthorised-transactions/)处理。**

## 哪些情况可以发起争议

- 已付款，但一直没收到商品或服务。
- 收到的商品与描述严重不符。
- 同一笔购物被重复扣款。
- 已取消订阅，却仍被扣费。

争议须在付款后 **180 天**内发起。

## 如何发起争议

1. 在 `账单` 中点击这笔付款，再点击**遇到问题**。
2. 选择原因，用几句话说明经过。
3. 上传证据：付款凭证、订单确认、与商家的聊天记录、照片、物流信息或取消订阅的确认通知。
4. 提交。商家须在 10 天内回应。
5. 我们通常会在 30 天内给出处理结果。如需补充材料，请在 7 天内回复，否则案件可能被关闭。

如果结果对您有利，款项将按原支付方式退回。

## 银行卡拒付

如果您是用绑定在 OKPay 上的银行卡付款，也可以向发卡行申请拒付（chargeback）。**两种途径只能选一种：**一旦发起拒付，我们会关闭 OKPay 上的争议，改按银行的流程处理。如果对自己操作的 OKPay 充值申请拒付，账户可能会被限制使用，建议先联系我们。

## 争议处理期间

我们只会通过 App 和官方渠道联系您。如果有人打电话说要处理您的争议，并索要验证码或要求付款，请先在[“真的是我们吗？”](/zh-hans/contact/verify/)页面核实，再决定是否回应。

对案件有疑问？请[联系客服](/zh-hans/contact/)。""",
            "zh_hant": """若您已嘗試與商家溝通，問題仍未解決，就可以提出爭議。**如果您根本不認得這筆扣款，請不要提出爭議，而是立刻依照[發現未經授權的交易？請立即這樣做](/zh-hant/faq/scams-reporting/unauthorised-transactions/)處理。**

## 哪些情況可以提出爭議

- 已付款，卻一直沒收到商品或服務。
- 收到的商品與描述明顯不符。
- 同一筆消費被重複扣款。
- 已取消訂閱，卻仍被扣款。

爭議須在付款後 **180 天**內提出。

## 如何提出爭議

1. 在 `交易紀錄` 點選該筆付款，再點選「回報問題」。
2. 選擇原因，並用幾句話說明經過。
3. 上傳證明文件：收據、訂單確認、與商家的對話紀錄、照片、物流追蹤資訊或取消訂閱的確認通知。
4. 送出。商家須在 10 天內回覆。
5. 我們通常會在 30 天內做出決定。若需要補件，請在 7 天內回覆，否則案件可能會被結案。

若結果對您有利，款項會退回原付款方式。

## 信用卡退單

如果您是以綁定在 OKPay 的卡片付款，也可以向發卡銀行申請帳款爭議（退單，chargeback）。**兩種管道請擇一：**一旦申請退單，我們就會結束 OKPay 上的爭議，改依銀行的流程處理。對自己操作的 OKPay 儲值申請退單，可能導致帳戶遭到限制，建議先與我們聯絡。

## 爭議處理期間

我們只會透過 App 及官方管道與您聯絡。若有人來電說要處理您的爭議，並索取驗證碼或要求付款，請先到[「真的是我們嗎？」](/zh-hant/contact/verify/)頁面查證，再決定是否回應。

對案件有疑問嗎？請[聯絡客服](/zh-hant/contact/)。""",
        },
    },
    # ------------------------------------------------------------------
    # Scams and reporting
    # ------------------------------------------------------------------
    {
        "slug": "unauthorised-transactions",
        "category": "scams-reporting",
        "regions": [],
        "related": ["report-suspicious-activity", "common-scams", "dispute-a-charge"],
        "views": 3870,
        "title": {
            "en": "Unauthorised transaction? Do this right now",
            "zh_hans": "发现未授权交易？请马上这样做",
            "zh_hant": "發現未經授權的交易？請立即這樣做",
        },
        "summary": {
            "en": "If you see a payment you didn't make, freeze your account, change your password, turn on two-factor authentication and report it. The sooner you act, the more we can do.",
            "zh_hans": "如果发现不是您本人操作的交易，请立即冻结账户、修改密码、开启双重验证并举报。越早行动，我们能做的就越多。",
            "zh_hant": "若發現不是您本人操作的交易，請立即凍結帳戶、變更密碼、啟用雙重驗證並通報。愈早行動，我們能幫上的忙就愈多。",
        },
        "keywords": {
            "en": "unauthorised, unauthorized, hacked, stolen money, fraud, freeze account, I didn't make this payment, 2FA, account compromised",
            "zh_hans": "盗刷, 账户被盗, 未授权交易, 冻结账户, 不是我付的, 双重验证, 钱被转走",
            "zh_hant": "盜刷, 帳戶被盜, 未經授權交易, 凍結帳戶, 不是我付的, 雙重驗證, 錢被轉走",
        },
        "body": {
            "en": """If you see a payment, withdrawal or sign-in you don't recognise, act now. The sooner further transactions are stopped, the better our chance of recovering your money.

## Right now

1. **Freeze your account.** In the app, go to `Me > Settings > Security > Freeze account`, or call the 24/7 freeze line for your region listed on our [Contact page](/en/contact/). Freezing stops all payments and withdrawals at once; you can still sign in.
2. **Change your password.** If you use the same password for your e-mail, change that too.
3. **Turn on two-factor authentication** in `Me > Settings > Security > Two-factor authentication`. An authenticator app is safer than SMS codes.
4. **Sign out devices you don't recognise** in `Me > Settings > Security > Devices`.
5. **Call your bank** if a card or bank account linked to OKPay may also be affected.

## Then report it

Use the [report form](/en/report/) and choose *Unauthorised transaction*, or tell the freeze line when you call. Include:

- the transaction IDs you don't recognise
- when you first noticed
- whether you clicked a link, installed an app or shared a code with anyone (telling us won't stop us helping you)
- screenshots of any suspicious messages or call logs

You'll get a reference number. Use it with your e-mail address to follow your case on the [status page](/en/status/).

## What happens next

We look into the case, usually within 10 business days, and may contact the other party to the transaction. We'll tell you the outcome and whether you'll be refunded. If you lost money to a scam, report it to your local police as well.

**OKPay will never ask for your password, PIN or one-time codes, not even to "secure" your account or to give you a refund.**""",
            "zh_hans": """如果看到不是您本人操作的付款、提现或登录记录，请马上处理。越早阻止后续交易，我们追回资金的机会就越大。

## 立即处理

1. **冻结账户。**在 App 中进入 `我的 > 设置 > 账户安全 > 冻结账户`，或拨打[联系我们](/zh-hans/contact/)页面上所在地区的 24 小时冻结专线。冻结后所有付款和提现会立即暂停，但您仍然可以登录。
2. **修改登录密码。**如果您的邮箱也用同一个密码，请一并修改。
3. **开启双重验证**：进入 `我的 > 设置 > 账户安全 > 双重验证`。使用身份验证器 App 比短信验证码更安全。
4. **退出陌生设备**：在 `我的 > 设置 > 账户安全 > 登录设备` 中，将不认识的设备退出登录。
5. **联系您的银行**：如果绑定在 OKPay 上的银行卡或银行账户也可能受影响，请致电银行。

## 然后进行举报

通过[举报表单](/zh-hans/report/)提交（选择“未授权交易”），或在拨打冻结专线时一并说明，并提供：

- 您不认识的交易的交易编号
- 首次发现的时间
- 是否点过链接、安装过 App，或把验证码告诉过别人（如实说明不会影响我们帮助您）
- 可疑短信或通话记录的截图

提交后您会收到一个受理编号，可以凭该编号和邮箱在[进度查询](/zh-hans/status/)页面跟进处理进度。

## 后续处理

我们通常会在 10 个工作日内完成调查，必要时会联系交易的另一方，并告知您处理结果以及能否退款。如果您因诈骗蒙受损失，请同时向当地公安机关报案。

**OKPay 绝不会向您索要登录密码、支付密码或验证码——即使是以“保护账户”或“给您退款”为由。**""",
            "zh_hant": """若看到不是您本人操作的付款、提領或登入紀錄，請馬上處理。愈早阻止後續交易，我們追回款項的機會就愈大。

## 立即處理

1. **凍結帳戶。**在 App 中前往 `我的 > 設定 > 帳戶安全 > 凍結帳戶`，或撥打[聯絡我們](/zh-hant/contact/)頁面上所在地區的 24 小時凍結專線。凍結後，所有付款與提領會立即暫停，但您仍可登入。
2. **變更登入密碼。**如果您的電子郵件信箱也使用同一組密碼，請一併更改。
3. **啟用雙重驗證**：前往 `我的 > 設定 > 帳戶安全 > 雙重驗證`。使用驗證器 App 比簡訊驗證碼更安全。
4. **登出陌生裝置**：在 `我的 > 設定 > 帳戶安全 > 已登入的裝置` 將不認得的裝置登出。
5. **聯絡您的銀行**：如果綁定在 OKPay 的卡片或銀行帳戶也可能受到影響，請致電銀行。

## 接著進行通報

透過[通報表單](/zh-hant/report/)送出（選擇「未經授權的交易」），或在撥打凍結專線時一併說明，並提供：

- 您不認得的交易之交易編號
- 最早發現的時間
- 是否點過連結、安裝過 App，或把驗證碼告訴過別人（據實說明不會影響我們協助您）
- 可疑簡訊或通話紀錄的截圖

送出後您會收到一組案件編號，可搭配電子郵件在[進度查詢](/zh-hant/status/)頁面追蹤處理進度。

## 後續處理

我們通常會在 10 個工作天內完成調查，必要時會聯繫交易的另一方，並告知您結果以及能否退款。若您因詐騙蒙受損失，也請向當地警方報案。

**OKPay 絕不會向您索取登入密碼、交易密碼或驗證碼——即使對方說是為了「保護帳戶」或「退款給您」。**""",
        },
    },
    {
        "slug": "common-scams",
        "category": "scams-reporting",
        "regions": [],
        "related": [
            "report-suspicious-activity",
            "unauthorised-transactions",
            "sent-to-wrong-recipient",
        ],
        "views": 2980,
        "title": {
            "en": "Common scams and how to check it's really OKPay",
            "zh_hans": "常见骗局及如何核实官方身份",
            "zh_hant": "常見詐騙手法與如何查證官方身分",
        },
        "summary": {
            "en": "Fake support numbers, phishing texts, 'refund' calls and task or investment scams are the tricks we see most. Learn to spot them and check whether a contact is really us.",
            "zh_hans": "假客服电话、钓鱼短信、“退款”来电、刷单和投资骗局是最常见的手法。了解如何识别，以及如何核实对方是否真的是 OKPay。",
            "zh_hant": "假客服電話、釣魚簡訊、「退款」來電、假打工與投資詐騙是最常見的手法。教您如何辨識，以及如何查證對方是否真的是 OKPay。",
        },
        "keywords": {
            "en": "scam, phishing, fake support, fake customer service number, refund call, task scam, investment scam, verify number, impersonation",
            "zh_hans": "诈骗, 骗局, 钓鱼短信, 假客服, 退款诈骗, 刷单, 投资诈骗, 核实号码, 冒充客服",
            "zh_hant": "詐騙, 釣魚簡訊, 假客服, 退款詐騙, 假打工, 投資詐騙, 解除分期, 查證號碼, 冒充客服",
        },
        "body": {
            "en": """Scammers often pretend to be OKPay, a bank or even the police. These are the tricks we see most often.

## Scams to watch for

| What you see | What's really going on |
| --- | --- |
| An "OKPay support" number in a search ad, social media post or forum | A fake helpline. The "agent" asks for your codes or tells you to move your money |
| A text saying your account is frozen, with a link to "verify" it | Phishing. The link opens a copy of our sign-in page that steals your password |
| A call offering a refund, or saying you were charged twice | The caller asks for a verification code or a screen-sharing app to "process" it, then empties your account |
| A job paying you to like videos or rate products, or an investment with high "guaranteed" returns | A task or investment scam. Small early payouts build trust, then you're told to top up to "unlock" your earnings |
| Someone "accidentally" sends you money and asks for it back another way | The original payment is often stolen and will be reversed |

## How to check it's really us

1. Enter the phone number, e-mail address, website or social media account on our [Is it really us?](/en/contact/verify/) page.
2. If in doubt, hang up and call us back on a number from our [Contact page](/en/contact/), never on a number the caller gives you.
3. Remember what we **never** do: ask for your password, PIN or one-time codes; ask you to install a remote-access app; ask you to move money to a "safe account"; or charge a fee to unlock your account, pay a refund or release a withdrawal.

## If you've already responded

Don't be embarrassed: these scams are designed to fool careful people. Freeze your account and follow [Unauthorised transaction? Do this right now](/en/faq/scams-reporting/unauthorised-transactions/). Then [report the scam](/en/report/) so we can warn other customers and get fake numbers and websites taken down.""",
            "zh_hans": """骗子常常冒充 OKPay、银行，甚至警方。以下是我们最常见到的几种手法。

## 需要警惕的骗局

| 您看到的 | 真实情况 |
| --- | --- |
| 搜索广告、社交平台或论坛上的“OKPay 客服电话” | 假客服。对方会索要验证码，或让您把钱转走 |
| 短信称您的账户已被冻结，附上链接让您“验证” | 钓鱼短信。链接打开的是仿冒的登录页面，用来盗取您的密码 |
| 来电说要给您退款，或说您被重复扣费 | 对方以“办理退款”为由索要验证码，或让您下载屏幕共享 App，随后把钱转走 |
| 点赞、刷单、给商品打分就能赚钱的兼职，或“稳赚不赔”的高收益投资 | 刷单或投资骗局。先给点小甜头建立信任，再让您充值“解冻”收益 |
| 有人“不小心”转钱给您，要求您用其他方式退还 | 对方那笔钱往往来路不正，之后会被追回 |

## 如何核实是不是我们

1. 在[“真的是我们吗？”](/zh-hans/contact/verify/)页面输入电话号码、邮箱、网址或社交媒体账号进行查询。
2. 如有疑问，请先挂断，再拨打[联系我们](/zh-hans/contact/)页面上的号码回拨，切勿拨打来电者提供的号码。
3. 记住我们**绝不会**做的事：索要登录密码、支付密码或验证码；要求您安装远程控制 App；让您把钱转到“安全账户”；以解冻账户、办理退款或放行提现为由收取任何费用。

## 如果已经上当

不必难为情——这些骗局设计得很巧妙，再谨慎的人也可能中招。请立即冻结账户，并按照[发现未授权交易？请马上这样做](/zh-hans/faq/scams-reporting/unauthorised-transactions/)处理。然后[举报这起骗局](/zh-hans/report/)，帮助我们提醒其他用户，并下架假冒的号码和网站。""",
            "zh_hant": """詐騙集團常冒充 OKPay、銀行，甚至警察。以下是我們最常遇到的幾種手法。

## 要特別小心的詐騙

| 您看到的 | 實際上是 |
| --- | --- |
| 搜尋廣告、社群貼文或論壇上的「OKPay 客服電話」 | 假客服。對方會索取驗證碼，或要您把錢轉走 |
| 簡訊說您的帳戶已被凍結，附上連結要您「驗證」 | 釣魚簡訊。連結會開啟仿冒的登入頁面，盜取您的密碼 |
| 來電說要退款給您，或說您被重複扣款、誤設分期 | 對方以「辦理退款」或「解除設定」為由索取驗證碼，或要您安裝螢幕分享 App，接著把您的錢轉光 |
| 按讚、做任務、幫商品評分就能賺錢的打工，或「保證獲利」的高報酬投資 | 假打工或投資詐騙。先讓您小賺幾筆建立信任，再要您儲值才能「解鎖」收益 |
| 有人「不小心」轉錢給您，要您用其他方式還給他 | 那筆錢往往來路不明，事後會被追回 |

## 如何確認真的是我們

1. 在[「真的是我們嗎？」](/zh-hant/contact/verify/)頁面輸入電話號碼、電子郵件、網址或社群帳號查證。
2. 有疑慮時，請先掛斷，再改撥[聯絡我們](/zh-hant/contact/)頁面上的號碼，千萬不要回撥來電者給您的號碼。
3. 記住我們**絕對不會**做的事：索取登入密碼、交易密碼或驗證碼；要您安裝遠端控制 App；要您把錢轉到「安全帳戶」；以解除凍結、辦理退款或放行提領為由收取任何費用。

## 如果已經上當

不必覺得難為情——這些詐騙手法設計得很巧妙，再謹慎的人也可能受騙。請立即凍結帳戶，並依照[發現未經授權的交易？請立即這樣做](/zh-hant/faq/scams-reporting/unauthorised-transactions/)處理。接著[通報這起詐騙](/zh-hant/report/)，協助我們提醒其他使用者，並讓假冒的號碼和網站下架。""",
        },
    },
    {
        "slug": "report-suspicious-activity",
        "category": "scams-reporting",
        "regions": [],
        "related": ["common-scams", "unauthorised-transactions", "find-transaction-id"],
        "views": 1160,
        "title": {
            "en": "How to report suspicious activity",
            "zh_hans": "如何举报可疑活动",
            "zh_hant": "如何通報可疑活動",
        },
        "summary": {
            "en": "Report scam calls, phishing messages, fake OKPay accounts or suspicious transactions using the online form, our hotline or e-mail. We investigate every report.",
            "zh_hans": "可通过在线表单、客服热线或邮件举报诈骗电话、钓鱼信息、假冒 OKPay 的账号或可疑交易。每一条举报我们都会调查。",
            "zh_hant": "可透過線上表單、客服專線或電子郵件通報詐騙電話、釣魚訊息、假冒 OKPay 的帳號或可疑交易。每一則通報我們都會調查。",
        },
        "keywords": {
            "en": "report, suspicious activity, report scam, report phishing, fake account, fraud report, hotline, report fake number",
            "zh_hans": "举报, 可疑活动, 举报诈骗, 举报假客服, 可疑交易, 举报热线, 举报钓鱼网站",
            "zh_hant": "通報, 檢舉, 可疑活動, 檢舉詐騙, 假客服, 可疑交易, 檢舉專線, 釣魚網站",
        },
        "body": {
            "en": """If something about a message, call, website or transaction doesn't feel right, tell us. We investigate every report, and what you send helps us protect other customers too.

## What to report

- Calls, texts, e-mails or websites pretending to be OKPay
- Fake "OKPay support" accounts on social media or forums
- Payments or sign-ins you don't recognise
- An OKPay user who scammed you, or asked you to pay outside OKPay

**If money has left your account without your permission, freeze your account first.** See [Unauthorised transaction? Do this right now](/en/faq/scams-reporting/unauthorised-transactions/).

## Three ways to report

1. **Online form:** the [report form](/en/report/) is the quickest way, and you get a reference number straight away.
2. **Hotline:** call the number for your region on our [Contact page](/en/contact/).
3. **E-mail:** write to the address for your region on the [Contact page](/en/contact/) and attach your screenshots.

## What to include

- your account name and the phone number or e-mail you registered with
- the phone number, sender name, link or social media account involved (copy links as text; don't open them again)
- transaction IDs, if money was involved ([where to find them](/en/faq/payments-transfers/find-transaction-id/))
- the date and time, and a short description of what happened
- screenshots of the messages or pages

**Never include your password, PIN, verification codes or full card number.**

## What happens next

We acknowledge reports within one business day. Depending on what we find, we may block accounts, have fake websites and numbers taken down, or work with the police. For privacy reasons we can't always tell you what action we took against another account. Follow your report on the [status page](/en/status/) with your reference number and e-mail address.

Ideas for how we could handle reports better? Use our [feedback form](/en/feedback/).""",
            "zh_hans": """如果您觉得某条信息、某个电话、网站或某笔交易不对劲，请告诉我们。每一条举报我们都会调查，您提供的信息也能帮助保护其他用户。

## 哪些情况需要举报

- 冒充 OKPay 的电话、短信、邮件或网站
- 社交平台或论坛上的假冒“OKPay 客服”账号
- 不是您本人操作的付款或登录
- 骗了您、或要求您绕开 OKPay 私下付款的 OKPay 用户

**如果钱已经在您不知情的情况下被转走，请先冻结账户。**详见[发现未授权交易？请马上这样做](/zh-hans/faq/scams-reporting/unauthorised-transactions/)。

## 三种举报方式

1. **在线表单**：通过[举报表单](/zh-hans/report/)提交最快，提交后立即获得受理编号。
2. **客服热线**：拨打[联系我们](/zh-hans/contact/)页面上所在地区的号码。
3. **电子邮件**：发送至[联系我们](/zh-hans/contact/)页面上所在地区的邮箱，并附上截图。

## 请提供以下信息

- 您的账户名，以及注册时使用的手机号或邮箱
- 涉及的电话号码、发件人名称、链接或社交账号（请以文字形式复制链接，不要再次打开）
- 如涉及资金，请提供交易编号（[在哪里找](/zh-hans/faq/payments-transfers/find-transaction-id/)）
- 发生的日期、时间及经过简述
- 相关信息或页面的截图

**请勿提供登录密码、支付密码、验证码或完整银行卡号。**

## 后续处理

我们会在一个工作日内确认收到举报。根据调查结果，我们可能会封禁相关账户、推动下架假冒网站和号码，或配合警方调查。出于隐私保护，我们未必能告诉您对其他账户采取了哪些措施。您可以凭受理编号和邮箱在[进度查询](/zh-hans/status/)页面查看处理进度。

对举报流程有建议？欢迎通过[意见反馈](/zh-hans/feedback/)告诉我们。""",
            "zh_hant": """如果您覺得某則訊息、某通電話、某個網站或某筆交易怪怪的，請告訴我們。每一則通報我們都會調查，您提供的資料也能幫助保護其他使用者。

## 哪些情況應該通報

- 冒充 OKPay 的電話、簡訊、電子郵件或網站
- 社群媒體或論壇上假冒「OKPay 客服」的帳號
- 不是您本人操作的付款或登入
- 詐騙您、或要求您繞過 OKPay 私下付款的 OKPay 使用者

**如果款項已在您不知情的情況下被轉走，請先凍結帳戶。**請參考[發現未經授權的交易？請立即這樣做](/zh-hant/faq/scams-reporting/unauthorised-transactions/)。

## 三種通報方式

1. **線上表單**：使用[通報表單](/zh-hant/report/)最快，送出後立即取得案件編號。
2. **客服專線**：撥打[聯絡我們](/zh-hant/contact/)頁面上所在地區的電話。
3. **電子郵件**：寄到[聯絡我們](/zh-hant/contact/)頁面上所在地區的信箱，並附上截圖。

## 請提供以下資料

- 您的帳戶名稱，以及註冊時使用的手機號碼或電子郵件
- 涉及的電話號碼、寄件者名稱、連結或社群帳號（請以文字複製連結，不要再點開）
- 若涉及金錢，請提供交易編號（[去哪裡找](/zh-hant/faq/payments-transfers/find-transaction-id/)）
- 發生的日期、時間與經過摘要
- 相關訊息或頁面的截圖

**請勿提供登入密碼、交易密碼、驗證碼或完整卡號。**

## 後續處理

我們會在一個工作天內確認收到通報。視調查結果，我們可能會停用相關帳戶、要求下架假冒網站與號碼，或協助警方調查。基於隱私考量，我們不一定能告訴您對其他帳戶採取了哪些措施。您可以用案件編號與電子郵件，在[進度查詢](/zh-hant/status/)頁面查看處理進度。

對通報流程有建議嗎？歡迎透過[意見回饋](/zh-hant/feedback/)告訴我們。""",
        },
    },
]
