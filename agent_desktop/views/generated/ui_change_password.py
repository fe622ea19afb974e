# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ChangePasswordForm(object):
    def setupUi(self, ChangePasswordForm):
        if not ChangePasswordForm.objectName():
            ChangePasswordForm.setObjectName(u"ChangePasswordForm")
        ChangePasswordForm.resize(420, 260)
        self.outerLayout = QVBoxLayout(ChangePasswordForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(ChangePasswordForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.oldLabel = QLabel(ChangePasswordForm)
        self.oldLabel.setObjectName(u"oldLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldEdit = QLineEdit(ChangePasswordForm)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.oldError = QLabel(ChangePasswordForm)
        self.oldError.setObjectName(u"oldError")
        self.oldError.setText(u"")
        self.oldError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.oldError)

        self.newLabel = QLabel(ChangePasswordForm)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(ChangePasswordForm)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.newError = QLabel(ChangePasswordForm)
        self.newError.setObjectName(u"newError")
        self.newError.setText(u"")
        self.newError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newError)

        self.confirmLabel = QLabel(ChangePasswordForm)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(ChangePasswordForm)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.confirmError = QLabel(ChangePasswordForm)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setText(u"")
        self.confirmError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirmError)


        self.outerLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ChangePasswordForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ChangePasswordForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ChangePasswordForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ChangePasswordForm)
    # setupUi

    def retranslateUi(self, ChangePasswordForm):
        self.introLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"Choose a new password for your sign-in.", None))
        self.oldLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&Current password:", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&New password:", None))
        self.confirmLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&Repeat it:", None))
        self.cancelButton.setText(QCoreApplication.translate("ChangePasswordForm", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("ChangePasswordForm", u"&Change password", None))
        pass
    # retranslateUi

