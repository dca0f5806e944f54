"""Demo regions (names in every language, time zone, default language)."""

REGIONS = [
    {
        "code": "cn",
        "order": 10,
        "time_zone": "Asia/Shanghai",
        "default_language": "zh-hans",
        "name": {"en": "Mainland China", "zh_hans": "中国大陆", "zh_hant": "中國大陸"},
    },
    {
        "code": "hk",
        "order": 20,
        "time_zone": "Asia/Hong_Kong",
        "default_language": "zh-hant",
        "name": {"en": "Hong Kong", "zh_hans": "中国香港", "zh_hant": "中國香港"},
    },
    {
        "code": "tw",
        "order": 30,
        "time_zone": "Asia/Taipei",
        "default_language": "zh-hant",
        "name": {"en": "Taiwan", "zh_hans": "台湾", "zh_hant": "台灣"},
    },
    {
        "code": "sg",
        "order": 40,
        "time_zone": "Asia/Singapore",
        "default_language": "en",
        "name": {"en": "Singapore", "zh_hans": "新加坡", "zh_hant": "新加坡"},
    },
    {
        "code": "us",
        "order": 50,
        "time_zone": "America/New_York",
        "default_language": "en",
        "name": {"en": "United States", "zh_hans": "美国", "zh_hant": "美國"},
    },
    {
        "code": "gb",
        "order": 60,
        "time_zone": "Europe/London",
        "default_language": "en",
        "name": {"en": "United Kingdom", "zh_hans": "英国", "zh_hant": "英國"},
    },
]
