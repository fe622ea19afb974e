# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wrap_up.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WrapUpForm(object):
    def setupUi(self, WrapUpForm):
        if not WrapUpForm.objectName():
            WrapUpForm.setObjectName(u"WrapUpForm")
        WrapUpForm.resize(480, 240)
        self.outerLayout = QVBoxLayout(WrapUpForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headingLabel = QLabel(WrapUpForm)
        self.headingLabel.setObjectName(u"headingLabel")

        self.outerLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dispositionLabel = QLabel(WrapUpForm)
        self.dispositionLabel.setObjectName(u"dispositionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dispositionLabel)

        self.dispositionCombo = QComboBox(WrapUpForm)
        self.dispositionCombo.setObjectName(u"dispositionCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dispositionCombo)

        self.noteLabel = QLabel(WrapUpForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(WrapUpForm)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(WrapUpForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.buttonLayout.addWidget(self.statusLabel)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(WrapUpForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.dispositionLabel.setBuddy(self.dispositionCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WrapUpForm)

        QMetaObject.connectSlotsByName(WrapUpForm)
    # setupUi

    def retranslateUi(self, WrapUpForm):
        self.headingLabel.setText(QCoreApplication.translate("WrapUpForm", u"After-call work", None))
        self.dispositionLabel.setText(QCoreApplication.translate("WrapUpForm", u"&Disposition:", None))
        self.noteLabel.setText(QCoreApplication.translate("WrapUpForm", u"&Summary note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("WrapUpForm", u"What was the call about, what was agreed?", None))
        self.saveButton.setText(QCoreApplication.translate("WrapUpForm", u"Save &wrap-up", None))
        pass
    # retranslateUi

