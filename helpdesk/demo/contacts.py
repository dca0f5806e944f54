"""Demo contact directory: channels, hours, holidays, alerts and the verify lists.

Every number and address is fictional and unusable: phone numbers come from
ranges reserved for drama (+1 202-555-01xx, +44 20 7946 0xxx, +61 491 570 xxx),
e-mail and web addresses are under `.example`. The Asian regions' hotlines are
shown on such international numbers on purpose rather than invented local ones.

Hours are (days, opens, closes) in the channel's zone (its region's unless
`time_zone` is given); days are "mon-fri", "sat", "daily", ...
"""

BEST_TIME_HINTS = {
    "cn": {
        "en": "Lines are quietest on weekdays 10:00–11:30 and 14:30–17:00. Avoid Monday mornings, lunchtime and the evening peak after 19:00; outside working hours, e-mail us or use live chat.",
        "zh_hans": "工作日 10:00–11:30 和 14:30–17:00 来电最容易接通。尽量避开周一上午、午休时间和晚上 7 点以后的高峰;非工作时间请发邮件或使用在线客服。",
        "zh_hant": "平日 10:00–11:30 及 14:30–17:00 來電最容易接通。請盡量避開週一上午、午休時段和晚上 7 點以後的尖峰;非上班時間請寄電子郵件或使用線上客服。",
    },
    "hk": {
        "en": "Call on weekdays between 10:00 and 12:00 or after 15:00 for the shortest wait. Saturday mornings are busy; the fraud line is always open.",
        "zh_hans": "工作日 10:00–12:00 或下午 3 点以后来电,等候时间最短。周六上午较繁忙;防诈骗热线全天开放。",
        "zh_hant": "平日 10:00–12:00 或下午 3 點後致電,輪候時間最短。星期六上午較繁忙;防詐騙熱線全日開放。",
    },
    "tw": {
        "en": "The hotline pauses for lunch (12:00–13:00). Mid-morning and mid-afternoon on Tuesday to Thursday are the quietest times.",
        "zh_hans": "客服热线午休时段(12:00–13:00)暂停服务。周二至周四的上午十点前后和下午三点前后最容易接通。",
        "zh_hant": "客服專線午休時段(12:00–13:00)暫停服務。週二至週四的上午十點左右和下午三點左右最容易接通。",
    },
    "sg": {
        "en": "Weekday afternoons after 14:00 have the shortest queues. On Saturdays, call before 12:00.",
        "zh_hans": "工作日下午 2 点以后排队最短。周六请在中午 12 点前来电。",
        "zh_hant": "平日下午 2 點以後排隊最短。週六請在中午 12 點前來電。",
    },
    "us": {
        "en": "Call Tuesday to Thursday, 10 am to 4 pm Eastern, for the shortest wait. Mondays and the first business day after a holiday are busiest.",
        "zh_hans": "美东时间周二至周四上午 10 点到下午 4 点来电等候最短。周一和节假日后的第一个工作日最繁忙。",
        "zh_hant": "美東時間週二至週四上午 10 點到下午 4 點來電等候最短。週一和假日後的第一個上班日最繁忙。",
    },
    "gb": {
        "en": "Lines are quietest mid-morning and mid-afternoon from Tuesday to Friday. Avoid 12:00–14:00 and the first hour after opening.",
        "zh_hans": "周二至周五的上午十点前后和下午三点前后线路最空闲。请避开 12:00–14:00 以及开线后的第一个小时。",
        "zh_hant": "週二至週五的上午十點左右和下午三點左右線路最空閒。請避開 12:00–14:00 及開線後的第一個小時。",
    },
}

_EVERYONE = {
    "en": "English, Mandarin, Cantonese",
    "zh_hans": "英语、普通话、粤语",
    "zh_hant": "英語、普通話、粵語",
}
_EMPTY = {"en": "", "zh_hans": "", "zh_hant": ""}

CHANNELS = [
    # ------------------------------------------------------------ worldwide
    {
        "region": None,
        "kind": "phone",
        "value": "+44 20 7946 0018",
        "order": 1,
        "always_open": True,
        "label": {
            "en": "Fraud and lost card hotline",
            "zh_hans": "防诈骗及挂失热线",
            "zh_hant": "防詐騙及掛失專線",
        },
        "description": {
            "en": "Freeze your wallet or card straight away if your phone was stolen or you see payments you did not make.",
            "zh_hans": "手机被盗或发现不是本人操作的付款时,请立即致电冻结钱包或卡片。",
            "zh_hant": "手機遭竊或發現非本人進行的付款時,請立即來電凍結錢包或卡片。",
        },
        "audience": {
            "en": "Lost card, stolen phone, fraud: 24 h",
            "zh_hans": "卡片遗失、手机被盗、诈骗:24 小时",
            "zh_hant": "卡片遺失、手機遭竊、詐騙:24 小時",
        },
        "languages": _EVERYONE,
        "response_time": {
            "en": "Answered at once, day and night",
            "zh_hans": "全天候即时接听",
            "zh_hant": "全天候即時接聽",
        },
    },
    {
        "region": None,
        "kind": "chat",
        "value": "https://chat.okpay.example/",
        "order": 20,
        "time_zone": "Asia/Singapore",
        "hours": [("daily", "07:00", "23:00")],
        "label": {"en": "Live chat", "zh_hans": "在线客服", "zh_hant": "線上客服"},
        "description": {
            "en": "Best for quick questions: how-to, limits, checking a payment. Sign in first so the agent can see your account.",
            "zh_hans": "适合一般问题:操作指引、限额、查询付款。请先登录,客服才能查看您的账户。",
            "zh_hant": "適合一般問題:操作說明、限額、查詢付款。請先登入,客服人員才能查看您的帳戶。",
        },
        "audience": {"en": "General questions", "zh_hans": "一般问题", "zh_hant": "一般問題"},
        "languages": _EVERYONE,
        "response_time": {
            "en": "Usually within 3 minutes",
            "zh_hans": "通常 3 分钟内回复",
            "zh_hant": "通常 3 分鐘內回覆",
        },
    },
    {
        "region": None,
        "kind": "email",
        "value": "help@okpay.example",
        "order": 30,
        "always_open": True,
        "label": {"en": "E-mail support", "zh_hans": "邮件支持", "zh_hant": "電子郵件支援"},
        "description": {
            "en": "For complex problems you want to explain in detail, with screenshots. Write from the address registered to your account.",
            "zh_hans": "适合需要详细说明、附上截图的复杂问题。请使用账户注册邮箱发送。",
            "zh_hant": "適合需要詳細說明、附上截圖的複雜問題。請使用帳戶註冊的電子郵件地址寄出。",
        },
        "audience": {
            "en": "Complex or detailed questions",
            "zh_hans": "复杂或需要详细说明的问题",
            "zh_hant": "複雜或需要詳細說明的問題",
        },
        "languages": _EVERYONE,
        "response_time": {
            "en": "Within 24 hours",
            "zh_hans": "24 小时内回复",
            "zh_hant": "24 小時內回覆",
        },
    },
    {
        "region": None,
        "kind": "email",
        "value": "security@okpay.example",
        "order": 31,
        "always_open": True,
        "label": {
            "en": "Report phishing",
            "zh_hans": "举报钓鱼信息",
            "zh_hant": "檢舉釣魚訊息",
        },
        "description": {
            "en": "Forward suspicious e-mails or messages that use our name. Never forward one-time codes.",
            "zh_hans": "转发冒用我们名义的可疑邮件或短信。切勿转发一次性验证码。",
            "zh_hant": "轉寄冒用我們名義的可疑郵件或簡訊。切勿轉寄一次性驗證碼。",
        },
        "audience": {
            "en": "Suspicious messages and websites",
            "zh_hans": "可疑信息和网站",
            "zh_hant": "可疑訊息和網站",
        },
        "languages": _EVERYONE,
        "response_time": {
            "en": "Checked within 4 hours",
            "zh_hans": "4 小时内处理",
            "zh_hant": "4 小時內處理",
        },
    },
    {
        "region": None,
        "kind": "social",
        "value": "@OKPaySupport",
        "platform": "Microblog",
        "profile_url": "https://social.example/OKPaySupport",
        "order": 40,
        "time_zone": "Europe/London",
        "hours": [("daily", "08:00", "20:00")],
        "label": {
            "en": "Support on social media",
            "zh_hans": "社交媒体客服",
            "zh_hant": "社群媒體客服",
        },
        "description": {
            "en": "Send us a private message; never post account details or codes publicly. Our only support account has a verified badge.",
            "zh_hans": "请通过私信联系我们,切勿公开发布账户信息或验证码。我们唯一的客服账号带有认证标志。",
            "zh_hant": "請透過私訊聯絡我們,切勿公開張貼帳戶資料或驗證碼。我們唯一的客服帳號帶有認證標章。",
        },
        "audience": {
            "en": "Service updates and quick help",
            "zh_hans": "服务动态和简单咨询",
            "zh_hant": "服務動態和簡單諮詢",
        },
        "languages": {"en": "English", "zh_hans": "英语", "zh_hant": "英語"},
        "response_time": {
            "en": "Within a few hours",
            "zh_hans": "几小时内回复",
            "zh_hant": "數小時內回覆",
        },
    },
    {
        "region": None,
        "kind": "forum",
        "value": "https://community.okpay.example/",
        "order": 50,
        "always_open": True,
        "label": {"en": "Community forum", "zh_hans": "用户社区", "zh_hant": "用戶社群"},
        "description": {
            "en": "Ask other customers and read their tips. Staff moderators answer on weekdays.",
            "zh_hans": "向其他用户提问、分享使用心得。工作日有官方版主答复。",
            "zh_hant": "向其他用戶提問、分享使用心得。平日有官方版主回覆。",
        },
        "audience": {
            "en": "Tips and how-to from other customers",
            "zh_hans": "其他用户的经验与技巧",
            "zh_hant": "其他用戶的經驗與技巧",
        },
        "languages": _EVERYONE,
        "response_time": {
            "en": "Community answers, often within a day",
            "zh_hans": "由社区用户解答,通常一天内",
            "zh_hant": "由社群用戶解答,通常一天內",
        },
    },
    # ------------------------------------------------------- mainland China
    {
        "region": "cn",
        "kind": "phone",
        "value": "+44 20 7946 0100",
        "order": 10,
        "hours": [("mon-fri", "09:00", "21:00"), ("sat-sun", "10:00", "18:00")],
        "label": {
            "en": "Customer service hotline",
            "zh_hans": "客服热线",
            "zh_hant": "客服熱線",
        },
        "description": {
            "en": "Account, top-up, withdrawal and payment questions.",
            "zh_hans": "账户、充值、提现和付款相关问题。",
            "zh_hant": "帳戶、儲值、提領和付款相關問題。",
        },
        "audience": {"en": "General questions", "zh_hans": "一般问题", "zh_hant": "一般問題"},
        "languages": {
            "en": "Mandarin, English",
            "zh_hans": "普通话、英语",
            "zh_hant": "普通話、英語",
        },
        "response_time": {
            "en": "Average wait under 5 minutes outside peak hours",
            "zh_hans": "非高峰时段平均等候少于 5 分钟",
            "zh_hant": "非尖峰時段平均等候少於 5 分鐘",
        },
    },
    {
        "region": "cn",
        "kind": "social",
        "value": "@OKPay_CN",
        "platform": "Messaging app",
        "profile_url": "https://messenger.example/OKPay_CN",
        "order": 40,
        "hours": [("mon-fri", "09:00", "18:00")],
        "label": {
            "en": "Official messaging account",
            "zh_hans": "官方服务号",
            "zh_hant": "官方服務帳號",
        },
        "description": {
            "en": "Follow for service notices and chat with an agent on weekdays.",
            "zh_hans": "关注后可接收服务通知,工作日可在线咨询客服。",
            "zh_hant": "追蹤後可接收服務通知,平日可線上諮詢客服。",
        },
        "audience": _EMPTY,
        "languages": {"en": "Mandarin", "zh_hans": "普通话", "zh_hant": "普通話"},
        "response_time": {
            "en": "Within 2 hours on weekdays",
            "zh_hans": "工作日 2 小时内回复",
            "zh_hant": "平日 2 小時內回覆",
        },
    },
    # ------------------------------------------------------------ Hong Kong
    {
        "region": "hk",
        "kind": "phone",
        "value": "+44 20 7946 0200",
        "order": 10,
        "hours": [("mon-fri", "09:00", "19:00"), ("sat", "09:00", "13:00")],
        "label": {
            "en": "Customer service hotline",
            "zh_hans": "客服热线",
            "zh_hant": "客戶服務熱線",
        },
        "description": {
            "en": "Account, top-up, withdrawal and payment questions.",
            "zh_hans": "账户、充值、提现和付款相关问题。",
            "zh_hant": "帳戶、增值、提款及付款相關問題。",
        },
        "audience": {"en": "General questions", "zh_hans": "一般问题", "zh_hant": "一般查詢"},
        "languages": {
            "en": "Cantonese, English, Mandarin",
            "zh_hans": "粤语、英语、普通话",
            "zh_hant": "粵語、英語、普通話",
        },
        "response_time": {
            "en": "Average wait 4 minutes",
            "zh_hans": "平均等候 4 分钟",
            "zh_hant": "平均輪候 4 分鐘",
        },
    },
    {
        "region": "hk",
        "kind": "email",
        "value": "hk.support@okpay.example",
        "order": 30,
        "always_open": True,
        "label": {
            "en": "Hong Kong e-mail support",
            "zh_hans": "香港邮件支持",
            "zh_hant": "香港電郵支援",
        },
        "description": {
            "en": "For account changes that need documents, such as a new address.",
            "zh_hans": "适用于需要提交文件的账户变更,例如更改地址。",
            "zh_hant": "適用於需要提交文件的帳戶變更,例如更改地址。",
        },
        "audience": _EMPTY,
        "languages": {"en": "Chinese, English", "zh_hans": "中文、英语", "zh_hant": "中文、英文"},
        "response_time": {
            "en": "Within 1 working day",
            "zh_hans": "1 个工作日内回复",
            "zh_hant": "1 個工作天內回覆",
        },
    },
    # --------------------------------------------------------------- Taiwan
    {
        "region": "tw",
        "kind": "phone",
        "value": "+44 20 7946 0300",
        "order": 10,
        "hours": [("mon-fri", "09:00", "12:00"), ("mon-fri", "13:00", "18:00")],
        "label": {
            "en": "Customer service hotline",
            "zh_hans": "客服热线",
            "zh_hant": "客服專線",
        },
        "description": {
            "en": "Closed for lunch from 12:00 to 13:00.",
            "zh_hans": "12:00–13:00 午休暂停服务。",
            "zh_hant": "12:00–13:00 午休暫停服務。",
        },
        "audience": {"en": "General questions", "zh_hans": "一般问题", "zh_hant": "一般問題"},
        "languages": {
            "en": "Mandarin, Taiwanese Hokkien, English",
            "zh_hans": "国语、台语、英语",
            "zh_hant": "國語、台語、英語",
        },
        "response_time": {
            "en": "Average wait 6 minutes",
            "zh_hans": "平均等候 6 分钟",
            "zh_hant": "平均等候 6 分鐘",
        },
    },
    {
        "region": "tw",
        "kind": "forum",
        "value": "https://community.okpay.example/tw/",
        "order": 50,
        "always_open": True,
        "label": {
            "en": "Taiwan community board",
            "zh_hans": "台湾用户讨论区",
            "zh_hant": "台灣用戶討論區",
        },
        "description": {
            "en": "Local tips on banks, convenience-store top-ups and invoices.",
            "zh_hans": "本地用户分享银行、便利店充值和发票的经验。",
            "zh_hant": "在地用戶分享銀行、超商儲值和發票的經驗。",
        },
        "audience": _EMPTY,
        "languages": {"en": "Mandarin", "zh_hans": "国语", "zh_hant": "國語"},
        "response_time": {
            "en": "Moderated on weekdays",
            "zh_hans": "工作日有版主管理",
            "zh_hant": "平日有版主管理",
        },
    },
    # ------------------------------------------------------------ Singapore
    {
        "region": "sg",
        "kind": "phone",
        "value": "+61 491 570 110",
        "order": 10,
        "hours": [("mon-sat", "08:00", "20:00")],
        "label": {
            "en": "Customer service hotline",
            "zh_hans": "客服热线",
            "zh_hant": "客服熱線",
        },
        "description": {
            "en": "Account, top-up, withdrawal and payment questions.",
            "zh_hans": "账户、充值、提现和付款相关问题。",
            "zh_hant": "帳戶、儲值、提領和付款相關問題。",
        },
        "audience": {"en": "General questions", "zh_hans": "一般问题", "zh_hant": "一般問題"},
        "languages": {
            "en": "English, Mandarin, Malay",
            "zh_hans": "英语、华语、马来语",
            "zh_hant": "英語、華語、馬來語",
        },
        "response_time": {
            "en": "Average wait 3 minutes",
            "zh_hans": "平均等候 3 分钟",
            "zh_hant": "平均等候 3 分鐘",
        },
    },
    {
        "region": "sg",
        "kind": "social",
        "value": "@OKPaySG",
        "platform": "Microblog",
        "profile_url": "https://social.example/OKPaySG",
        "order": 40,
        "hours": [("mon-fri", "09:00", "18:00")],
        "label": {
            "en": "Singapore on social media",
            "zh_hans": "新加坡社交媒体账号",
            "zh_hant": "新加坡社群媒體帳號",
        },
        "description": {
            "en": "Local service notices and private-message support.",
            "zh_hans": "本地服务通知和私信咨询。",
            "zh_hant": "在地服務通知和私訊諮詢。",
        },
        "audience": _EMPTY,
        "languages": {"en": "English", "zh_hans": "英语", "zh_hant": "英語"},
        "response_time": {
            "en": "Within a few hours",
            "zh_hans": "几小时内回复",
            "zh_hant": "數小時內回覆",
        },
    },
    # -------------------------------------------------------- United States
    {
        "region": "us",
        "kind": "phone",
        "value": "+1 202-555-0142",
        "order": 10,
        "hours": [("mon-fri", "08:00", "20:00"), ("sat", "09:00", "17:00")],
        "label": {
            "en": "Customer service hotline",
            "zh_hans": "客服热线",
            "zh_hant": "客服專線",
        },
        "description": {
            "en": "Account, transfers, bank withdrawals and card questions.",
            "zh_hans": "账户、转账、银行提现和卡片相关问题。",
            "zh_hant": "帳戶、轉帳、銀行提領和卡片相關問題。",
        },
        "audience": {"en": "General questions", "zh_hans": "一般问题", "zh_hant": "一般問題"},
        "languages": {
            "en": "English, Spanish",
            "zh_hans": "英语、西班牙语",
            "zh_hant": "英語、西班牙語",
        },
        "response_time": {
            "en": "Average wait 5 minutes",
            "zh_hans": "平均等候 5 分钟",
            "zh_hant": "平均等候 5 分鐘",
        },
    },
    {
        "region": "us",
        "kind": "phone",
        "value": "+1 202-555-0143",
        "order": 11,
        "hours": [("sun-thu", "22:00", "06:00")],
        "label": {"en": "Night desk", "zh_hans": "夜间服务台", "zh_hant": "夜間服務台"},
        "description": {
            "en": "Overnight help when you cannot sign in or a payment is stuck.",
            "zh_hans": "夜间协助处理无法登录或付款卡住等问题。",
            "zh_hant": "夜間協助處理無法登入或付款卡住等問題。",
        },
        "audience": {
            "en": "Urgent sign-in and payment problems",
            "zh_hans": "紧急的登录和付款问题",
            "zh_hant": "緊急的登入和付款問題",
        },
        "languages": {"en": "English", "zh_hans": "英语", "zh_hant": "英語"},
        "response_time": {
            "en": "Average wait 2 minutes",
            "zh_hans": "平均等候 2 分钟",
            "zh_hant": "平均等候 2 分鐘",
        },
    },
    # ------------------------------------------------------- United Kingdom
    {
        "region": "gb",
        "kind": "phone",
        "value": "+44 20 7946 0400",
        "order": 10,
        "hours": [("mon-fri", "08:00", "20:00"), ("sat", "09:00", "17:00")],
        "label": {
            "en": "Customer service hotline",
            "zh_hans": "客服热线",
            "zh_hant": "客服專線",
        },
        "description": {
            "en": "Account, transfers, bank withdrawals and card questions.",
            "zh_hans": "账户、转账、银行提现和卡片相关问题。",
            "zh_hant": "帳戶、轉帳、銀行提領和卡片相關問題。",
        },
        "audience": {"en": "General questions", "zh_hans": "一般问题", "zh_hant": "一般問題"},
        "languages": {"en": "English", "zh_hans": "英语", "zh_hant": "英語"},
        "response_time": {
            "en": "Average wait 4 minutes",
            "zh_hans": "平均等候 4 分钟",
            "zh_hant": "平均等候 4 分鐘",
        },
    },
    {
        "region": "gb",
        "kind": "email",
        "value": "uk.support@okpay.example",
        "order": 30,
        "always_open": True,
        "label": {
            "en": "UK e-mail support",
            "zh_hans": "英国邮件支持",
            "zh_hant": "英國電子郵件支援",
        },
        "description": {
            "en": "Complaints and account changes that need documents.",
            "zh_hans": "投诉以及需要提交文件的账户变更。",
            "zh_hant": "申訴以及需要提交文件的帳戶變更。",
        },
        "audience": _EMPTY,
        "languages": {"en": "English", "zh_hans": "英语", "zh_hant": "英語"},
        "response_time": {
            "en": "Within 2 working days",
            "zh_hans": "2 个工作日内回复",
            "zh_hant": "2 個工作天內回覆",
        },
    },
]

# Region-wide holidays (every local channel) and one channel's special hours.
CLOSURES = [
    {
        "region": "cn",
        "starts_on": "2027-02-06",
        "ends_on": "2027-02-12",
        "reason": {"en": "Spring Festival", "zh_hans": "春节", "zh_hant": "春節"},
    },
    {
        "region": "hk",
        "starts_on": "2026-12-25",
        "ends_on": "2026-12-26",
        "reason": {"en": "Christmas", "zh_hans": "圣诞节", "zh_hant": "聖誕節"},
    },
    {
        "region": "hk",
        "starts_on": "2027-01-01",
        "ends_on": "2027-01-01",
        "reason": {"en": "New Year's Day", "zh_hans": "元旦", "zh_hant": "元旦"},
    },
    {
        "region": "us",
        "starts_on": "2026-11-26",
        "ends_on": "2026-11-26",
        "reason": {"en": "Thanksgiving", "zh_hans": "感恩节", "zh_hant": "感恩節"},
    },
    {
        "region": "us",
        "starts_on": "2026-12-25",
        "ends_on": "2026-12-25",
        "reason": {"en": "Christmas Day", "zh_hans": "圣诞节", "zh_hant": "聖誕節"},
    },
    {
        "region": "gb",
        "starts_on": "2026-12-24",
        "ends_on": "2026-12-24",
        "opens": "09:00",
        "closes": "13:00",
        "reason": {"en": "Christmas Eve", "zh_hans": "平安夜", "zh_hant": "平安夜"},
    },
    {
        "region": "gb",
        "starts_on": "2026-12-25",
        "ends_on": "2026-12-26",
        "reason": {
            "en": "Christmas and Boxing Day",
            "zh_hans": "圣诞节及节礼日",
            "zh_hant": "聖誕節及節禮日",
        },
    },
]

ALERTS = [
    {
        "level": "scam",
        "starts_at": "2026-11-01T00:00:00+00:00",
        "ends_at": None,
        "regions": [],
        "articles": ["recognise-official-okpay-messages", "common-scams", "keep-your-account-safe"],
        "title": {
            "en": "Calls claiming to be OKPay and asking for codes are fraud",
            "zh_hans": "自称 OKPay 客服并索要验证码的来电都是诈骗",
            "zh_hant": "自稱 OKPay 客服並索取驗證碼的來電都是詐騙",
        },
        "body": {
            "en": 'We never ask for your password, one-time code or recovery phrase. Hang up, and check any number on our "Is it really us?" page.',
            "zh_hans": "我们绝不会索要您的密码、一次性验证码或助记词。请立即挂断,并在“真的是我们吗?”页面核实来电号码。",
            "zh_hant": "我們絕不會索取您的密碼、一次性驗證碼或復原詞組。請立即掛斷,並在「真的是我們嗎?」頁面核對來電號碼。",
        },
    },
    {
        "level": "service",
        "starts_at": "2026-11-20T00:00:00+00:00",
        "ends_at": "2027-06-30T00:00:00+00:00",
        "regions": ["hk", "sg"],
        "articles": ["how-to-withdraw", "withdrawal-times-by-region"],
        "title": {
            "en": "Withdrawals to Example Bank are delayed",
            "zh_hans": "提现至 Example Bank 出现延迟",
            "zh_hant": "提款至 Example Bank 出現延遲",
        },
        "body": {
            "en": "Withdrawals to Example Bank accounts may take up to 2 working days while the bank upgrades its systems. Your money is safe; there is no need to withdraw again.",
            "zh_hans": "由于该银行系统升级,提现至 Example Bank 账户可能需要最多 2 个工作日。您的资金安全无虞,无需重复提现。",
            "zh_hant": "由於該銀行系統升級,提款至 Example Bank 帳戶可能需要最多 2 個工作天。您的資金安全無虞,無須重複提款。",
        },
    },
    {
        "level": "service",
        "starts_at": "2026-10-08T00:00:00+00:00",
        "ends_at": "2026-10-11T00:00:00+00:00",
        "regions": [],
        "title": {
            "en": "Planned maintenance on 10 October",
            "zh_hans": "10 月 10 日系统维护",
            "zh_hant": "10 月 10 日系統維護",
        },
        "body": _EMPTY,
    },
]

OFFICIAL_ACCOUNTS = [
    {
        "kind": "domain",
        "value": "okpay.example",
        "note": {
            "en": "Our website and app, with all its subdomains such as help.okpay.example.",
            "zh_hans": "我们的官网和应用,包括 help.okpay.example 等所有子域名。",
            "zh_hant": "我們的官網和應用程式,包括 help.okpay.example 等所有子網域。",
        },
    },
    {
        "kind": "social",
        "platform": "Video platform",
        "value": "@OKPay",
        "note": {
            "en": "Our official video channel (tutorials, no support by message).",
            "zh_hans": "我们的官方视频频道(操作教程,不提供私信客服)。",
            "zh_hant": "我們的官方影音頻道(操作教學,不提供私訊客服)。",
        },
    },
    {
        "kind": "social",
        "platform": "Microblog",
        "value": "@OKPayNews",
        "note": {
            "en": "Announcements only; we never message you first from this account.",
            "zh_hans": "仅发布公告;我们不会用此账号主动私信您。",
            "zh_hant": "僅發布公告;我們不會用此帳號主動私訊您。",
        },
    },
]

KNOWN_IMPOSTORS = [
    {
        "kind": "phone",
        "value": "+44 20 7946 0999",
        "source": "Reports about a fake refund desk",
        "reported_at": "2026-10-12",
        "is_confirmed": True,
    },
    {
        "kind": "phone",
        "value": "+1 202-555-0199",
        "source": "Customers in the US, calls asking for codes",
        "reported_at": "2026-11-03",
        "is_confirmed": True,
    },
    {
        "kind": "web",
        "value": "okpay-support.example.net",
        "source": "Phishing site copying our sign-in page",
        "reported_at": "2026-09-30",
        "is_confirmed": True,
    },
    {
        "kind": "web",
        "value": "https://okpay.verify-account.example/login",
        "source": "Link sent by text message",
        "reported_at": "2026-11-15",
        "is_confirmed": True,
    },
    {
        "kind": "email",
        "value": "support@okpay-help.example.org",
        "source": "Fake 'account locked' e-mails",
        "reported_at": "2026-11-02",
        "is_confirmed": True,
    },
    {
        "kind": "social",
        "value": "@OKPay_Support_Team",
        "source": "Impersonating account replying to customers",
        "reported_at": "2026-10-28",
        "is_confirmed": True,
    },
    {
        "kind": "phone",
        "value": "+61 491 570 999",
        "source": "One report, not yet checked",
        "reported_at": "2026-11-24",
        "is_confirmed": False,
    },
]

GUIDANCE = [
    {
        "order": 10,
        "title": {
            "en": "Have these ready",
            "zh_hans": "请提前准备好",
            "zh_hant": "請先準備好",
        },
        "body": {
            "en": "- the **name or e-mail address** on your account\n- the **transaction ID** (in the app under *Activity*)\n- a short **description of the problem**: what you did, what happened, when\n- screenshots of any error message",
            "zh_hans": "- 账户的**用户名或注册邮箱**\n- **交易编号**(在应用的“交易记录”中查看)\n- 简要的**问题描述**:您做了什么、发生了什么、何时发生\n- 错误提示的截图",
            "zh_hant": "- 帳戶的**用戶名稱或註冊電子郵件**\n- **交易編號**(在 App 的「交易紀錄」中查看)\n- 簡短的**問題說明**:您做了什麼、發生了什麼、何時發生\n- 錯誤訊息的螢幕截圖",
        },
    },
    {
        "order": 20,
        "title": {
            "en": "We will never ask for these",
            "zh_hans": "我们绝不会向您索要",
            "zh_hant": "我們絕不會向您索取",
        },
        "body": {
            "en": 'Our staff will **never** ask for your **password**, a **one-time code** or your **recovery phrase**, and never ask you to move money to a "safe account". Anyone who does is not us: stop, and check them on the *Is it really us?* page.',
            "zh_hans": "我们的工作人员**绝不会**索要您的**密码**、**一次性验证码**或**助记词**,也不会要求您把资金转入所谓的“安全账户”。提出这些要求的都不是我们:请立即停止,并到“真的是我们吗?”页面核实。",
            "zh_hant": "我們的工作人員**絕不會**索取您的**密碼**、**一次性驗證碼**或**復原詞組**,也不會要求您把資金轉入所謂的「安全帳戶」。提出這些要求的都不是我們:請立即停止,並到「真的是我們嗎?」頁面核對。",
        },
    },
    {
        "order": 30,
        "title": {
            "en": "When to call",
            "zh_hans": "何时来电",
            "zh_hant": "何時來電",
        },
        "body": {
            "en": "Hotlines are busiest on Monday mornings and at lunchtime. Outside opening hours, use e-mail or live chat; the fraud line is open around the clock.",
            "zh_hans": "客服热线在周一上午和午休时间最繁忙。非服务时间请使用邮件或在线客服;防诈骗热线全天 24 小时开放。",
            "zh_hant": "客服專線在週一上午和午休時間最繁忙。非服務時間請使用電子郵件或線上客服;防詐騙專線全天 24 小時開放。",
        },
    },
]
