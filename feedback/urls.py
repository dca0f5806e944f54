from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("feedback/", views.FeedbackView.as_view(), name="feedback"),
    path("feedback/sent/<str:token>/", views.SubmittedView.as_view(), name="submitted"),
    path("report/", views.ReportView.as_view(), name="report"),
    path("status/", views.StatusView.as_view(), name="status"),
    path("status/r/<str:token>/", views.CaseView.as_view(), name="case"),
    path("status/r/<str:token>/rate/", views.RatingView.as_view(), name="rate"),
    path("contact/verify/call/", views.CallCodeView.as_view(), name="call_check"),
]
