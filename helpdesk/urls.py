"""Root URLs: machine endpoints without a language prefix, pages with one."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from contacts.sitemaps import ContactSitemap
from faq.sitemaps import ArticleSitemap, CategorySitemap
from feedback.inbound_webhook import mailgun_inbound
from feedback.stafftime import staff_time_zone_view
from feedback.views import attachment_download
from helpdesk import views
from helpdesk.lib.pagecache import cache_page_unless_down
from helpdesk.lib.publicmedia import serve_public_media

sitemaps = {
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "contacts": ContactSitemap,
}

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "sitemap.xml",
        cache_page_unless_down(600)(sitemap),
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    # Evidence files: staff only, never under a public or static URL.
    path("staff/attachments/<uuid:pk>/", attachment_download, name="feedback_attachment"),
    # Each member of staff's own zone for admin times (before the admin's catch-all).
    path("admin/time-zone/", staff_time_zone_view, name="staff_time_zone"),
    # Pictures in articles: public, content-hashed names (see helpdesk.lib.publicmedia).
    path("media/<path:path>", serve_public_media, name="public_media"),
    path("admin/", admin.site.urls),
    path("mail/inbound/mailgun/", mailgun_inbound, name="mailgun_inbound"),
    # The agents' chat desk (staff with the chat role).
    path("staff/chat/", include("chat.desk_urls")),
    # The versioned JSON API and its OpenAPI document (api/).
    path("api/v1/", include("api.urls")),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("", include("contacts.urls")),
    path("", include("faq.urls")),
    path("", include("feedback.urls")),
    path("", include("chat.urls")),
)

# Error pages in the site's look that never touch the database or the Host header;
# the database being down answers 503 (see views.server_error).
handler400 = "helpdesk.views.bad_request"
handler500 = "helpdesk.views.server_error"
